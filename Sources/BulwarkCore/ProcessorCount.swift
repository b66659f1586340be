import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The number of processors this process may use: the default number of scan workers.
///
/// On Linux, Foundation's `ProcessInfo.activeProcessorCount` reads the cgroup files through its URL and
/// `Data` machinery, which cost 4 to 5% of the CPU of a models-only scan of an empty folder (perf, session
/// 12); this reads the same files with open/read into a stack buffer. The count is the smallest of: the
/// CPUs in the scheduler affinity mask (`sched_getaffinity`), a cgroup v1 CPU quota
/// (`cpu.cfs_quota_us` / `cpu.cfs_period_us`, rounded up), a cgroup v1 cpuset (`cpuset.cpus`) and a cgroup
/// v2 limit (`cpu.max`), each where present; at least 1. `ProcessorCountTests` checks it against
/// Foundation's count on the machine that runs the tests. Elsewhere it is Foundation's value.
public enum ProcessorCount {
    /// Computed once per process.
    public static let active: Int = {
        #if os(Linux)
        return linuxCount()
        #else
        return ProcessInfo.processInfo.activeProcessorCount
        #endif
    }()

    #if os(Linux)
    static func linuxCount() -> Int {
        var count = affinityCount() ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        if let quota = readInt("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"), quota > 0,
           let period = readInt("/sys/fs/cgroup/cpu/cpu.cfs_period_us"), period > 0 {
            count = min(count, (quota + period - 1) / period)
        }
        if let text = readSmall("/sys/fs/cgroup/cpuset/cpuset.cpus"), let n = cpuListCount(text), n > 0 {
            count = min(count, n)
        }
        if let text = readSmall("/sys/fs/cgroup/cpu.max"), let n = cpuMaxCount(text) {
            count = min(count, n)
        }
        return max(1, count)
    }

    /// CPUs in the affinity mask (up to 1,024 CPUs, the size of glibc's `cpu_set_t`). `sched_getaffinity`
    /// is declared only under `_GNU_SOURCE`, so Swift's Glibc module lacks it: looked up in libc.
    static func affinityCount() -> Int? {
        guard let f = dlsym(nil, "sched_getaffinity") else { return nil }
        typealias Fn = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
        let getaffinity = unsafeBitCast(f, to: Fn.self)
        var mask = [UInt64](repeating: 0, count: 16)  // 1,024 bits
        let ok = mask.withUnsafeMutableBytes { getaffinity(0, $0.count, $0.baseAddress!) } == 0
        guard ok else { return nil }
        let n = mask.reduce(0) { $0 + $1.nonzeroBitCount }
        return n > 0 ? n : nil
    }

    /// A small file's text (at most 255 bytes), read with open/read, or nil.
    static func readSmall(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 256)
        var got = 0
        while got < buf.count - 1 {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, $0.count - 1 - got) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        return got > 0 ? String(decoding: buf[0..<got], as: UTF8.self) : nil
    }

    static func readInt(_ path: String) -> Int? {
        readSmall(path).flatMap { Int(trimmed($0)) }
    }

    static func trimmed(_ s: String) -> Substring {
        var t = Substring(s)
        while let c = t.last, c == "\n" || c == " " || c == "\t" || c == "\r" { t = t.dropLast() }
        while let c = t.first, c == " " || c == "\t" { t = t.dropFirst() }
        return t
    }

    /// The number of CPUs in a list such as `0-3,8,10-11`; nil when it does not parse.
    static func cpuListCount(_ text: String) -> Int? {
        let t = trimmed(text)
        guard !t.isEmpty else { return nil }
        var total = 0
        for part in t.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            if bounds.count == 1, Int(bounds[0]) != nil {
                total += 1
            } else if bounds.count == 2, let lo = Int(bounds[0]), let hi = Int(bounds[1]), hi >= lo {
                total += hi - lo + 1
            } else {
                return nil
            }
        }
        return total
    }

    /// `cpu.max` is `QUOTA PERIOD` or `max PERIOD`: the quota over the period, rounded up; nil without a limit.
    static func cpuMaxCount(_ text: String) -> Int? {
        let parts = trimmed(text).split(separator: " ")
        guard parts.count == 2, let quota = Int(parts[0]), let period = Int(parts[1]), quota > 0, period > 0 else { return nil }
        return max(1, (quota + period - 1) / period)
    }
    #endif
}
