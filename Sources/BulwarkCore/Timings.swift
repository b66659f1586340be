#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Phase timings on stderr for profiling (`BULWARK_TIMINGS=1 bulwark scan ...`): where a run's wall
/// time goes (start-up, walk, scan, report). Off by default; a disabled mark costs one load.
public enum Timings {
    public static let enabled: Bool = getenv("BULWARK_TIMINGS") != nil
    nonisolated(unsafe) private static var last: Double = now()

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Prints the time since the previous mark, and the monotonic clock (to line up with an outside timer).
    public static func mark(_ phase: @autoclosure () -> String) {
        guard enabled else { return }
        let t = now()
        let line = "bulwark timing: \(phase()) \(String(Int(((t - last) * 1e6).rounded()))) us (monotonic \(t))\n"
        last = t
        var l = line
        l.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}
