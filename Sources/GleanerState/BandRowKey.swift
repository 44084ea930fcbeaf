import GleanerDedup

/// The integer under which a band's key is stored in `band_keys`: the band number above the
/// band's bytes when both fit in 62 bits (3-row bands of 32 bands take 29 bits, so keys are
/// small and sort band by band), else a 64-bit mix of both. Either way a hit is checked against
/// the stored signature, so a collision can only cost a look-up.
struct BandRowKey: Sendable {
    let bands: Int
    let rows: Int
    /// Bits of a packed value (band number above the band's bytes), or `nil` when values are
    /// 64-bit mixes.
    let packedBits: Int?

    init(bands: Int, rows: Int) {
        self.bands = bands
        self.rows = rows
        let bandBits = Int.bitWidth - (bands - 1).leadingZeroBitCount
        packedBits = rows * 8 + bandBits <= 62 ? rows * 8 + bandBits : nil
    }

    func value(band: Int, key: UInt64) -> Int64 {
        if packedBits != nil { return Int64(band) << (rows * 8) | Int64(key) }
        var x = key ^ (UInt64(band) &* 0x9E37_79B9_7F4A_7C15)
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return Int64(bitPattern: x)
    }
}
