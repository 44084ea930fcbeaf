import GleanerClean
import GleanerCore
import GleanerDedup
import GleanerIO

/// The CPU work for one document, run on the concurrent queue: cleaning, the exact-dedup key,
/// the MinHash signature and extraction. Pure: no I/O, no shared state (except the stage timings).
///
/// Duplicates are extracted too: whether a document is a copy is decided later, in input order,
/// by the serial sink, and extraction is cheap next to cleaning, so every article line of a run
/// with the extract stage carries `entities` and `figures`.
struct DocumentProcessor: Sendable {
    /// Computes signatures; `nil` when the dedup stage is off.
    var signer: DocumentSigner?
    /// Finds entities, figures and sentences; `nil` when the extract stage is off.
    var extractor: ArticleExtractor?
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
            var record = try timings.measure(.clean) { () throws(DocumentError) in
                try Self.article(from: document)
            }
            if let extractor {
                timings.measure(.extract) { Self.addExtraction(extractor.extract(record.text), to: &record) }
            }
            guard let signer else { return .article(record, exactKey: nil, signature: nil) }
            let (key, signature) = timings.measure(.dedup) { signer.keys(of: record.text) }
            return .article(record, exactKey: key, signature: signature)
        } catch {
            return .failed(ErrorRecord(path: outcome.file.relativePath, error: error, bytes: outcome.diskSize))
        }
    }

    /// Fills `entities`, `figures` and `stats.sentences` from the extract stage's result.
    static func addExtraction(_ extraction: ArticleExtractor.Extraction, to record: inout ArticleRecord) {
        record.entities = extraction.entities
        record.figures = extraction.figures
        record.stats.sentences = extraction.sentences
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
