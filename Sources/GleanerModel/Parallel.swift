import Dispatch
import Foundation

/// Independent pieces of work spread over the machine's cores: the lines of a large text to
/// repair, the records of a JSONL file to extract entities from.
public enum Parallel {
    /// Threads to use: GLEANER_THREADS, else one per core.
    public static let threads: Int = {
        if let n = ProcessInfo.processInfo.environment["GLEANER_THREADS"].flatMap(Int.init), n >= 1 { return n }
        return ProcessInfo.processInfo.activeProcessorCount
    }()

    /// `body` for 0..<n in order, or spread over the cores in chunks when worth it; the results
    /// come back in index order either way. `body` must be safe to run on several threads.
    public static func map<T: Sendable>(_ n: Int, worthIt: Bool, _ body: (Int) -> T) -> [T] {
        let cores = threads
        guard worthIt, cores > 1, n > 1 else { return (0..<n).map(body) }
        return withoutActuallyEscaping(body) { body in
            [T?](unsafeUninitializedCapacity: n) { buffer, count in
                buffer.initialize(repeating: nil)
                nonisolated(unsafe) let slots = buffer
                nonisolated(unsafe) let body = body
                // Several chunks a core, so a run of costly items does not leave a core idle.
                let chunks = min(n, cores * 8)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in stride(from: c * n / chunks, to: (c + 1) * n / chunks, by: 1) { slots[i] = body(i) }
                }
                count = n
            }.map { $0! }
        }
    }
}
