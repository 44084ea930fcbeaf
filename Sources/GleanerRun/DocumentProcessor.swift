import GleanerClean
import GleanerCore
import GleanerDedup
import GleanerIO

/// The CPU work for one document, run on the concurrent queue: cleaning, the exact-dedup key
/// and the MinHash signature. Pure: no I/O, no shared state (except the stage timings).
struct DocumentProcessor: Sendable {
    /// Computes signatures; `nil` when the dedup stage is off.
    var signer: DocumentSigner?
    var timings: StageTimings

    func process(_ outcome: ReadOutcome) -> ProcessedDocument {
        let document: LoadedDocument
        switch outcome.result {
        case .failure(let error):
            return .failed(ErrorRecord(path: outcome.file.relativePath, error: error, bytes: outcome.diskSize))
        case .success(let loaded):
            document = loaded
        }
        do {
            let record = try timings.measure(.clean) { () throws(DocumentError) in
                try Self.article(from: document)
            }
            guard let signer else { return .article(record, exactKey: nil, signature: nil) }
            let (key, signature) = timings.measure(.dedup) { signer.keys(of: record.text) }
            return .article(record, exactKey: key, signature: signature)
        } catch {
            return .failed(ErrorRecord(path: outcome.file.relativePath, error: error, bytes: outcome.diskSize))
        }
    }

    /// Cleans a loaded document into an article line (dedup still `not_checked`).
    static func article(from document: LoadedDocument) throws(DocumentError) -> ArticleRecord {
        let identity = document.identity
        let cleaned = try DocumentCleaner.clean(document.decoded.utf8, format: document.file.format)
        let text = cleaned.text
        let source = SourceInfo(
            path: document.file.relativePath, bytes: document.diskSize, sha256: identity.sha256,
            format: document.file.format, encoding: document.decoded.encoding,
            compression: document.file.gzipped ? "gzip" : nil)
        let stats = ArticleStats(
            words: cleaned.words, paragraphs: cleaned.paragraphCount, sentences: nil,
            boilerplateRemoved: cleaned.boilerplateRemoved)
        return ArticleRecord(
            id: identity.id, source: source, meta: cleaned.meta, text: text, dedup: .notChecked, stats: stats)
    }
}
