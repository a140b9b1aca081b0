import Dispatch
import Foundation
import GleanerArchive
import GleanerDedup
import GleanerEvents
import GleanerModel
import GleanerRepair

/// Files → snapshots → documents → archive, in batches: each batch is decoded in parallel and
/// stored in one transaction, so a crash loses at most the batch in flight and a re-run skips
/// everything already stored (by content address). Memory is bounded by the batch size.
public final class Ingestor {
    public let archive: Archive
    public var reader: SnapshotReader
    public var builder = DocumentBuilder()
    public var batchSize = 256
    /// Near-duplicate detection against everything stored; nil to store without it.
    public var signer: DocumentSigner?
    /// Entities and events; nil stores documents without them.
    public var annotator: Annotator?

    public init(archive: Archive, reader: SnapshotReader = SnapshotReader(), signer: DocumentSigner? = nil) {
        self.archive = archive
        self.reader = reader
        self.signer = signer
        // A revisit whose original an earlier run stored resolves to the stored bytes.
        reader.warc.storedPayload = { [archive] digest in try? archive.payload(digest: digest) }
    }

    /// Ingests the paths. `problem` hears of each input that could not be used, `progress` of
    /// the running counts after each batch. Storage errors (a full disk) are thrown.
    /// `note` hears of records skipped or overruled (not failures): the --report file.
    public func run(_ paths: [String], problem: (Problem) -> Void = { _ in },
                    note: (Problem) -> Void = { _ in },
                    progress: (IngestSummary) -> Void = { _ in }) throws -> IngestSummary {
        let started = DispatchTime.now()
        var summary = IngestSummary()
        let (files, missing) = reader.files(paths)
        for p in missing { summary.failed += 1; problem(p) }
        var batch: [Snapshot] = []
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }
        func flush() throws {
            guard !batch.isEmpty else { return }
            try store(batch, into: &summary, problem: problem, note: note)
            batch.removeAll(keepingCapacity: true)
            summary.seconds = elapsed()
            progress(summary)
        }
        for file in files {
            summary.files += 1
            try reader.read(file: file) { item in
                switch item {
                case .snapshot(let s):
                    summary.records += 1
                    summary.bytes += s.bytes.count
                    batch.append(s)
                    if batch.count >= batchSize { try flush() }
                case .problem(let p):
                    summary.records += 1
                    summary.failed += 1
                    problem(p)
                case .skipped(let p):
                    if p.kind == .overruled { summary.overruled += 1 } else { summary.records += 1; summary.skipped += 1 }
                    note(p)
                }
            }
            summary.recordsByType = reader.warc.recordsByType
            if summary.files % 16 == 0 { summary.seconds = elapsed(); progress(summary) }
        }
        try flush()
        summary.seconds = elapsed()
        return summary
    }

    private func store(_ batch: [Snapshot], into summary: inout IngestSummary, problem: (Problem) -> Void,
                       note: (Problem) -> Void) throws {
        let digests = parallelMap(batch) { Digest.sha256($0.bytes) }
        let stored = try archive.existing(sha256: digests)
        // Only new bytes are decoded; a digest seen twice in one batch is decoded once.
        var seen = Set<String>()
        let fresh = batch.indices.filter { !stored.contains(digests[$0]) && seen.insert(digests[$0]).inserted }
        let builder = self.builder
        let signer = self.signer
        let annotator = self.annotator
        let built = parallelMap(fresh.map { batch[$0] }) { snapshot in
            Result { () throws -> (Document, NearDuplicateKey?, Annotator.Annotation?) in
                let doc = try builder.build(snapshot)
                return (doc, signer.map { s in
                    let k = s.key(doc.text)
                    return NearDuplicateKey(signature: k.signature, bands: k.bands, paragraphs: s.paragraphHashes(doc.paragraphs))
                }, annotator?.annotate(doc))
            }
        }
        var documents: [Int: Document] = [:]
        var keys: [Int: NearDuplicateKey] = [:]
        var annotations: [Int: Annotator.Annotation] = [:]
        var failed = Set<Int>()
        for (k, i) in fresh.enumerated() {
            switch built[k] {
            case .success(let (doc, key, annotation)):
                documents[i] = doc
                keys[i] = key
                annotations[i] = annotation
                if let declared = doc.charset.overruled {
                    summary.overruled += 1
                    note(Problem(origin: batch[i].origin, kind: .overruled,
                                 message: "declared charset \(declared) does not decode cleanly: overruled, decoded as \(doc.charset.charset) (\(doc.charset.reason.rawValue))"))
                }
            case .failure(let error):
                failed.insert(i)
                summary.failed += 1
                var kind = Problem.Kind.undecodable
                if case .binary? = error as? ByteDecoder.Failure { kind = .binary }
                problem(Problem(origin: batch[i].origin, kind: kind, message: "\(error)"))
            }
        }
        // Stored bytes and repeats inside the batch go in without a document: the archive
        // records the new origin and reports them as already present.
        let failedDigests = Set(failed.map { digests[$0] })
        for i in batch.indices where !failed.contains(i) && failedDigests.contains(digests[i]) {
            summary.failed += 1 // a repeat of a record that just failed
        }
        let entries = batch.indices.filter { !failedDigests.contains(digests[$0]) }.map { i in
            Archive.Entry(snapshot: batch[i], sha256: digests[i], document: documents[i], nearDuplicateKey: keys[i],
                          entities: annotations[i]?.entities ?? [], events: annotations[i]?.events ?? [],
                          placeNames: annotations[i]?.placeNames ?? [:])
        }
        var verify: NearDuplicateVerifier?
        if let signer { verify = { a, b in signer.verify(a, b) } }
        let link = EventLinker(agrees: { a, b in EventMatcher.agrees(a, b) },
                               similarity: { a, b in EventMatcher.titleSimilarity(a, b) })
        let outcomes = try archive.store(entries, verify: verify, link: annotator == nil ? nil : link)
        for outcome in outcomes {
            switch outcome {
            case .added: summary.added += 1
            case .alreadyPresent: summary.alreadyPresent += 1
            }
        }
    }
}

/// Order-preserving parallel map over the machine's cores.
func parallelMap<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    withoutActuallyEscaping(transform) { transform in
        nonisolated(unsafe) let transform = transform
        nonisolated(unsafe) let results = results
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: input.count) { i in
                results[i] = transform(input[i])
            }
        }
    }
    return results.map { $0! }
}
