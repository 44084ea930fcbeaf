#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Transcodes the legacy charsets Gleaner has no table for (ISO-8859-2, KOI8-R, Shift_JIS, GBK, …)
/// with the C library's iconv. Needs the glibc gconv modules at run time; without them every
/// charset is "unknown" and the caller falls back to UTF-8 / Windows-1252.
enum IconvTranscoder {
    /// `bytes` in `charset` (an iconv name), as UTF-8; `nil` when iconv does not know the charset
    /// or the bytes are not valid in it (including a sequence cut off at the end).
    static func toUTF8(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        guard let cd = iconv_open("UTF-8", charset), cd != UnsafeMutableRawPointer(bitPattern: -1) else {
            return nil
        }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return [] }

        // Most legacy text grows by at most 3/2 (2-byte CJK → 3 bytes), single-byte charsets by up
        // to 3 (→ U+20AC etc.); start at 2× and grow on E2BIG.
        var out = [UInt8](repeating: 0, count: bytes.count * 2 + 64)
        var produced = 0
        let ok: Bool = bytes.withUnsafeBufferPointer { source in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: source.baseAddress!)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            var flushed = false
            while true {
                let room = out.count - produced
                let (result, error, outLeft): (Int, Int32, Int) = out.withUnsafeMutableBufferPointer { buffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        buffer.baseAddress! + produced
                    )
                    .assumingMemoryBound(to: CChar.self)
                    var outLeft = room
                    let result: Int
                    if inLeft > 0 {
                        result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    } else {
                        // Return a stateful encoding (ISO-2022-JP) to its initial state.
                        result = iconv(cd, nil, nil, &outPointer, &outLeft)
                    }
                    return (result, result == -1 ? errno : 0, outLeft)
                }
                produced += room - outLeft
                if result != -1 {
                    if inLeft == 0 {
                        if flushed { return true }
                        flushed = true
                    }
                    continue
                }
                guard error == E2BIG else { return false }  // EILSEQ or EINVAL (truncated)
                out.append(contentsOf: repeatElement(0, count: out.count))
            }
        }
        guard ok else { return nil }
        // Give back the unused tail; copy when it is a large share of the buffer.
        if out.count - produced > produced / 4 { return Array(out[0..<produced]) }
        out.removeSubrange(produced...)
        return out
    }
}
