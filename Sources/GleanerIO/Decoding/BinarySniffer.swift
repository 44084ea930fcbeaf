import GleanerCore

/// Recognises files that are not text at all — images, PDFs, archives, video — so that they are
/// reported as such instead of being decoded into mojibake.
enum BinarySniffer {
    /// How far into a file to look for a NUL byte.
    static let nulScanLength = 8192

    /// The `.decode` error for `bytes` when they are a known binary format or have a NUL byte in
    /// their first 8 KB, else `nil`. Only for input that is not UTF-16 (where NUL bytes are normal).
    static func binaryError(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentError? {
        if let kind = knownFormat(bytes) {
            if kind == gzipKind {
                return DocumentError(
                    stage: .decode,
                    reason:
                        "gzip data in a file not named .gz; rename it to end in .gz (or gunzip it) so Gleaner decompresses it"
                )
            }
            return DocumentError(stage: .decode, reason: "binary file (\(kind)), not text or HTML")
        }
        if let nul = firstNUL(bytes) {
            return DocumentError(stage: .decode, reason: "binary file (NUL byte at byte \(nul)), not text or HTML")
        }
        return nil
    }

    private static let gzipKind = "gzip data"

    /// The name of the binary format `bytes` starts with, if it is one Gleaner knows.
    static func knownFormat(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func starts(with magic: [UInt8], at offset: Int = 0) -> Bool {
            guard bytes.count >= offset + magic.count else { return false }
            for k in 0..<magic.count where bytes[offset + k] != magic[k] { return false }
            return true
        }
        guard bytes.count >= 2 else { return nil }
        switch bytes[0] {
        case 0x89 where starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]):
            return "PNG image"
        case 0xFF where starts(with: [0xFF, 0xD8, 0xFF]):
            return "JPEG image"
        case 0x47 where starts(with: Array("GIF87a".utf8)) || starts(with: Array("GIF89a".utf8)):
            return "GIF image"
        case 0x25 where starts(with: Array("%PDF-".utf8)):
            return "PDF document"
        case 0x50
        where starts(with: [0x50, 0x4B, 0x03, 0x04]) || starts(with: [0x50, 0x4B, 0x05, 0x06])
            || starts(with: [0x50, 0x4B, 0x07, 0x08]):
            return "ZIP archive"
        case 0x1F where bytes[1] == 0x8B:
            return gzipKind
        case 0x52 where starts(with: Array("RIFF".utf8)) && starts(with: Array("WEBP".utf8), at: 8):
            return "WebP image"
        case 0x28 where starts(with: [0x28, 0xB5, 0x2F, 0xFD]):
            return "zstd data"
        case 0xFD where starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]):
            return "xz data"
        case 0x37 where starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]):
            return "7z archive"
        case 0x7F where starts(with: [0x7F, 0x45, 0x4C, 0x46]):
            return "ELF executable"
        default:
            break
        }
        // ISO base media: a box size, then "ftyp" and a brand.
        if starts(with: Array("ftyp".utf8), at: 4) {
            if starts(with: Array("avif".utf8), at: 8) || starts(with: Array("avis".utf8), at: 8) {
                return "AVIF image"
            }
            if starts(with: Array("heic".utf8), at: 8) || starts(with: Array("mif1".utf8), at: 8) {
                return "HEIF image"
            }
            return "MP4 video"
        }
        return nil
    }

    /// The offset of the first NUL byte in the first 8 KB.
    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        UnsafeBufferPointer(rebasing: bytes.prefix(nulScanLength)).firstIndex(of: 0)
    }
}
