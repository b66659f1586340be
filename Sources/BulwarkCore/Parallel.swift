import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        let waits = (1..<count).map { i in start { body(i) } }
        body(0)
        for wait in waits { wait() }
    }

    /// Starts `body` on a new thread (8 MiB of stack); the returned closure waits for it to finish.
    public static func start(_ body: @escaping @Sendable () -> Void) -> () -> Void {
        #if canImport(Glibc)
        // A plain POSIX thread joined when done: Foundation's `Thread` (its object, name, run-loop data and
        // thread-local dictionary, set up and torn down for every scan) cost more than the thread itself.
        if let thread = PosixThread.spawn(body) { return { thread.join() } }
        // No thread could be started (a process or memory limit): the work runs when it is waited for,
        // on the waiting thread, which by then has produced everything the work consumes.
        return { body() }
        #else
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            body()
            done.signal()
        }
        t.stackSize = 8 << 20
        t.start()
        return { done.wait() }
        #endif
    }
}

#if canImport(Glibc)
/// A joinable POSIX thread running one closure.
private final class PosixThread: @unchecked Sendable {
    private let body: @Sendable () -> Void
    private var handle = pthread_t()

    private init(_ body: @escaping @Sendable () -> Void) { self.body = body }

    static func spawn(_ body: @escaping @Sendable () -> Void) -> PosixThread? {
        let t = PosixThread(body)
        var attr = pthread_attr_t()
        guard pthread_attr_init(&attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        _ = pthread_attr_setstacksize(&attr, 8 << 20)
        // The thread holds one reference to the object until its closure has run.
        let arg = Unmanaged.passRetained(t).toOpaque()
        let rc = pthread_create(&t.handle, &attr, { raw in
            let thread = Unmanaged<PosixThread>.fromOpaque(raw!).takeRetainedValue()
            thread.body()
            return nil
        }, arg)
        guard rc == 0 else {
            Unmanaged<PosixThread>.fromOpaque(arg).release()
            return nil
        }
        return t
    }

    /// Waits for the thread to end (once).
    func join() {
        _ = pthread_join(handle, nil)
    }
}
#endif
