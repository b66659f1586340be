import Foundation

/// Decompressed bytes held in memory at once by every scanning worker together: a zip bomb scanned with
/// `--jobs 8` gets one budget, not eight. Decoders grow their output through a `Lease`; when the budget
/// cannot cover the next growth the decoder stops with a limit failure (the caller reports the scan as
/// incomplete). Leases never wait, so nested decompression (a zip in a zip) cannot deadlock.
public final class DecompressionBudget: @unchecked Sendable {
    /// The process-wide budget every scan's workers share (memory is per process, whatever `--jobs` is).
    public static let shared = DecompressionBudget(limit: 512 << 20)

    public let limit: Int
    private let lock = NSLock()
    private var used = 0

    public init(limit: Int) {
        self.limit = max(1 << 20, limit)
    }

    /// Bytes currently leased.
    public var inUse: Int { lock.withLock { used } }

    /// Takes `n` bytes if they fit in what is left; never waits.
    func take(_ n: Int) -> Bool {
        guard n > 0 else { return true }
        return lock.withLock {
            guard n <= limit - used else { return false }
            used += n
            return true
        }
    }

    func give(_ n: Int) {
        guard n > 0 else { return }
        lock.withLock { used = max(0, used - n) }
    }

    /// A new, empty lease on this budget.
    public func lease() -> Lease { Lease(self) }

    /// The bytes one decoding holds; released when the lease is released or deallocated, so keep it alive
    /// as long as the decoded bytes are in use.
    public final class Lease: @unchecked Sendable {
        public let budget: DecompressionBudget
        private let lock = NSLock()
        private var held = 0

        init(_ budget: DecompressionBudget) { self.budget = budget }

        /// Bytes held by this lease.
        public var bytes: Int { lock.withLock { held } }

        /// Raises what the lease holds to `total` bytes; false (and nothing taken) when the shared budget
        /// cannot cover it.
        public func grow(toTotal total: Int) -> Bool {
            lock.withLock {
                guard total > held else { return true }
                guard budget.take(total - held) else { return false }
                held = total
                return true
            }
        }

        public func release() {
            let n = lock.withLock { () -> Int in
                defer { held = 0 }
                return held
            }
            budget.give(n)
        }

        deinit { budget.give(held) }
    }
}
