import CZlib
import GleanerCore

/// Decompresses `.gz` inputs with zlib, with caps on the output size and on the compression
/// ratio so that a gzip bomb costs one document, not the run.
public enum GzipDecompressor {
    /// Output below this size is never refused for its ratio: a small, very repetitive genuine
    /// page can compress 100:1, and a bomb is only harmful when it is large.
    public static let ratioFloor = 1_000_000

    /// Decompresses gzip (and concatenated gzip members). `maxBytes` caps the decompressed size;
    /// `maxRatio` caps decompressed/compressed once the output passes `ratioFloor`.
    ///
    /// zlib-wrapped data is accepted too (the header is detected automatically). Bytes after the
    /// last member that are not another gzip member (padding, trailing garbage) are ignored, as
    /// `gunzip` does. A cap of 0 or less turns that cap off.
    ///
    /// - Throws: `DocumentError` at stage `.read` for truncated or corrupt data, and when a cap
    ///   is exceeded.
    public static func decompress(_ bytes: [UInt8], maxBytes: Int, maxRatio: Int) throws(DocumentError) -> [UInt8] {
        let sizeCap = maxBytes > 0 ? maxBytes : Int.max
        var ratioCap = Int.max
        if maxRatio > 0 {
            let (product, overflow) = max(bytes.count, 1).multipliedReportingOverflow(by: maxRatio)
            ratioCap = overflow ? Int.max : max(product, ratioFloor)
        }
        let cap = min(sizeCap, ratioCap)
        // One byte past the cap, so that going over it is seen.
        let outputLimit = cap == Int.max ? Int.max : cap + 1

        guard !bytes.isEmpty else {
            throw DocumentError(stage: .read, reason: "empty .gz file: 0 bytes, not even a gzip header")
        }

        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        guard czlib_inflate_init2(stream, 15 + 32) == Z_OK else {
            throw DocumentError(stage: .read, reason: "could not start zlib (out of memory?)")
        }

        var out = [UInt8](
            repeating: 0,
            count: min(outputLimit, max(1 << 16, bytes.count.multipliedReportingOverflow(by: 4).partialValue)))
        var produced = 0
        let outcome: Outcome = bytes.withUnsafeBufferPointer { input in
            let base = input.baseAddress!
            let total = input.count
            var memberStart = 0
            func feed(from offset: Int) {
                stream.pointee.next_in = UnsafeMutablePointer(mutating: base + offset)
                stream.pointee.avail_in = UInt32(min(total - offset, Int(UInt32.max)))
            }
            func consumed() -> Int { UnsafePointer(stream.pointee.next_in) - base }
            feed(from: 0)

            while true {
                if produced == out.count {
                    if out.count >= outputLimit { return .overCap }
                    let grown = min(outputLimit, out.count.multipliedReportingOverflow(by: 2).partialValue)
                    out.append(contentsOf: repeatElement(0, count: grown - out.count))
                }
                let room = min(out.count - produced, Int(UInt32.max))
                let status: Int32 = out.withUnsafeMutableBufferPointer { buffer in
                    stream.pointee.next_out = buffer.baseAddress! + produced
                    stream.pointee.avail_out = UInt32(room)
                    return inflate(stream, Z_NO_FLUSH)
                }
                produced += room - Int(stream.pointee.avail_out)
                if produced > cap { return .overCap }
                let position = consumed()

                switch status {
                case Z_STREAM_END:
                    // Another member follows? (Anything else after the end is ignored, like gunzip.)
                    if total - position >= 2, base[position] == 0x1F, base[position + 1] == 0x8B {
                        inflateReset(stream)
                        memberStart = position
                        feed(from: position)
                        continue
                    }
                    return .done
                case Z_OK, Z_BUF_ERROR:
                    if stream.pointee.avail_in == 0 && position < total {
                        feed(from: position)
                        continue
                    }
                    if status == Z_BUF_ERROR && stream.pointee.avail_out != 0 {
                        // No progress although there is room: the input has run out.
                        return .truncated
                    }
                case Z_MEM_ERROR:
                    return .outOfMemory
                default:
                    let message = stream.pointee.msg.map { String(cString: $0) } ?? zlibName(status)
                    if memberStart == 0, position <= 2, total >= 2, !(base[0] == 0x1F && base[1] == 0x8B) {
                        return .notGzip
                    }
                    if status == Z_NEED_DICT {
                        return .corrupt(offset: position, message: "needs a preset dictionary")
                    }
                    return .corrupt(offset: position, message: message)
                }
            }
        }

        switch outcome {
        case .done:
            break
        case .overCap:
            if ratioCap < sizeCap {
                throw DocumentError(
                    stage: .read,
                    reason:
                        "decompression ratio above \(maxRatio):1 (a gzip bomb?); raise limits.max_ratio if this file is genuine"
                )
            }
            throw DocumentError(
                stage: .read,
                reason:
                    "larger than the \(ByteCount.format(maxBytes)) limit after decompression (raise limits.max_bytes)")
        case .truncated:
            throw DocumentError(
                stage: .read,
                reason:
                    "truncated gzip: the stream ends before its end marker (compressed \(ByteCount.groupThousands(bytes.count)) bytes) — was the download cut short?"
            )
        case .corrupt(let offset, let message):
            throw DocumentError(
                stage: .read,
                reason: "corrupt gzip data at compressed byte \(ByteCount.groupThousands(offset)): \(message)")
        case .notGzip:
            throw DocumentError(
                stage: .read,
                reason:
                    "not gzip data: the file is named .gz but does not start with the gzip signature 1f 8b — is it really compressed?"
            )
        case .outOfMemory:
            throw DocumentError(stage: .read, reason: "out of memory while decompressing gzip data")
        }

        // Give back the unused tail; copy when it is a large share of the buffer.
        if out.count - produced > produced / 4 {
            return Array(out[0..<produced])
        }
        out.removeSubrange(produced...)
        return out
    }

    private enum Outcome {
        case done, overCap, truncated, notGzip, outOfMemory
        case corrupt(offset: Int, message: String)
    }

    private static func zlibName(_ status: Int32) -> String {
        switch status {
        case Z_DATA_ERROR: "invalid data"
        case Z_STREAM_ERROR: "stream error"
        case Z_NEED_DICT: "needs a preset dictionary"
        default: "zlib error \(status)"
        }
    }
}
