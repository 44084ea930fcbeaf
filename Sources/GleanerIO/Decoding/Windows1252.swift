/// Windows-1252 → UTF-8, table-driven. This is the WHATWG "windows-1252" decoder, which is also
/// what browsers use for `iso-8859-1`, `latin1` and `us-ascii`: 0x80–0x9F hold the typographic
/// characters (€, curly quotes, dashes, …), and the five bytes Windows leaves undefined
/// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same number. Every byte decodes,
/// so this never fails.
enum Windows1252 {
    /// The code points of bytes 0x80–0x9F; everything else maps to the code point of the same number.
    static let c1RangeScalars: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F
    ]

    /// For bytes 0x80–0xFF (index `byte - 0x80`): the UTF-8 encoding packed little-endian into the
    /// low three bytes, and its length (2 or 3) in the top byte.
    static let utf8Table: [UInt32] = (0x80...0xFF).map { (byte: Int) -> UInt32 in
        let scalar = byte < 0xA0 ? UInt32(c1RangeScalars[byte - 0x80]) : UInt32(byte)
        if scalar < 0x800 {
            let b0 = 0xC0 | (scalar >> 6)
            let b1 = 0x80 | (scalar & 0x3F)
            return 2 << 24 | b1 << 8 | b0
        } else {
            let b0 = 0xE0 | (scalar >> 12)
            let b1 = 0x80 | ((scalar >> 6) & 0x3F)
            let b2 = 0x80 | (scalar & 0x3F)
            return 3 << 24 | b2 << 16 | b1 << 8 | b0
        }
    }

    /// Decodes Windows-1252 `bytes` to UTF-8. Pure-ASCII input is returned as is, without a copy.
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        utf8Table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { source -> [UInt8]? in
                // Pass 1: the exact output size.
                let n = source.count
                guard let src = source.baseAddress else { return nil }
                var outCount = n
                var i = 0
                while i < n {
                    if n - i >= 8,
                        UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        i &+= 8
                        continue
                    }
                    let byte = src[i]
                    if byte >= 0x80 { outCount &+= Int(table[Int(byte &- 0x80)] >> 24) &- 1 }
                    i &+= 1
                }
                if outCount == n { return nil }  // all ASCII

                // Pass 2: copy ASCII runs, expand the rest through the table.
                return [UInt8](unsafeUninitializedCapacity: outCount) { buffer, initialized in
                    let dst = buffer.baseAddress!
                    var o = 0
                    var i = 0
                    while i < n {
                        if n - i >= 8 {
                            let word = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                            if word & 0x8080_8080_8080_8080 == 0 {
                                UnsafeMutableRawPointer(dst + o).storeBytes(of: word, as: UInt64.self)
                                i &+= 8
                                o &+= 8
                                continue
                            }
                        }
                        let byte = src[i]
                        i &+= 1
                        if byte < 0x80 {
                            dst[o] = byte
                            o &+= 1
                            continue
                        }
                        let entry = table[Int(byte &- 0x80)]
                        dst[o] = UInt8(truncatingIfNeeded: entry)
                        dst[o &+ 1] = UInt8(truncatingIfNeeded: entry >> 8)
                        if entry >> 24 == 3 {
                            dst[o &+ 2] = UInt8(truncatingIfNeeded: entry >> 16)
                            o &+= 3
                        } else {
                            o &+= 2
                        }
                    }
                    initialized = o
                }
            }
        } ?? bytes
    }
}
