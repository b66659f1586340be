import Dispatch
import Foundation

/// Runs work on dedicated threads, independent of the scanner's own worker pool.
///
/// `DispatchQueue.concurrentPerform` called from inside another `concurrentPerform` (a family splitting
/// one large file while the scanner walks files) runs its iterations one after another on the
/// calling thread. Threads started here run alongside whatever the pool is doing.
public enum Parallel {
    /// Calls `body(0..<count)` with iteration 0 on the calling thread and the others on new threads,
    /// and returns when every iteration has finished.
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let done = DispatchSemaphore(value: 0)
        for i in 1..<count {
            let t = Thread {
                body(i)
                done.signal()
            }
            t.stackSize = 8 << 20
            t.start()
        }
        body(0)
        for _ in 1..<count { done.wait() }
    }

    /// Starts `body` on a new thread; the returned closure waits for it to finish.
    public static func start(_ body: @escaping @Sendable () -> Void) -> () -> Void {
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            body()
            done.signal()
        }
        t.stackSize = 8 << 20
        t.start()
        return { done.wait() }
    }
}
