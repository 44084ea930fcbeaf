/// Character classes and hashing over Unicode scalars, with ASCII fast paths.
enum ScalarText {
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }

    /// Letters, digits and combining marks: the scalars a word is made of.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        if properties.numericType == .decimal { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Whether a word starts with an upper-case letter ("Kabul", "U.N."; not "al-Qaida").
    @inline(__always)
    static func isCapitalised(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.first.map(isUpper) ?? false
    }

    @inline(__always)
    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Apostrophe-like scalars: ' and ’.
    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x27 || scalar.value == 0x2019
    }

    /// A possessive token as the tokenizer and GMB split it: "'s", "’s" (also in capitals) or a bare
    /// apostrophe.
    static func isPossessive(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        switch scalars.count {
        case 1: return isApostrophe(scalars[scalars.startIndex])
        case 2: return isApostrophe(scalars[scalars.startIndex]) && (scalars.last == "s" || scalars.last == "S")
        default: return false
        }
    }

    /// Hyphens that join the parts of one word (not dashes).
    @inline(__always)
    static func isJoiningHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2D || scalar.value == 0x2010 || scalar.value == 0x2011
    }

    /// The lowercase form of one scalar (the first scalar of its mapping for the rare multi-scalar cases).
    @inline(__always)
    static func lowered(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) ? value | 0x20 : value }
        if !scalar.properties.changesWhenLowercased { return value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func fnv(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* fnvPrime
    }

    /// FNV-1a over the lowercased scalars of a range.
    static func lowerHash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash = fnvOffset
        for scalar in scalars { hash = fnv(hash, lowered(scalar)) }
        return hash
    }

    /// FNV-1a over the lowercased scalars of a String.
    static func lowerHash(_ text: String) -> UInt64 {
        var hash = fnvOffset
        for scalar in text.unicodeScalars { hash = fnv(hash, lowered(scalar)) }
        return hash
    }

    /// `lowerHash` of a word without its final period, if it has one and more ("Mr." as "mr",
    /// "St." as "st"; "." stays "."): how the title and street lists match abbreviations.
    static func lowerHashWithoutFinalPeriod(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        lowerHash(scalars.count > 1 && scalars.last == "." ? scalars.dropLast() : scalars)
    }

    /// FNV-1a over the exact scalars of a range.
    static func exactHash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash = fnvOffset
        for scalar in scalars { hash = fnv(hash, scalar.value) }
        return hash
    }

    /// FNV-1a over the exact scalars of a String.
    static func exactHash(_ text: String) -> UInt64 {
        var hash = fnvOffset
        for scalar in text.unicodeScalars { hash = fnv(hash, scalar.value) }
        return hash
    }

    /// The String of a range of scalars, written as UTF-8 straight into the string's storage
    /// (`UnicodeScalarView.append(contentsOf:)` costs about ten times as much per scalar).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { buffer in
            var byteCount = 0
            for scalar in buffer { byteCount += UTF8.width(scalar) }
            return String(unsafeUninitializedCapacity: byteCount) { bytes in
                var written = 0
                for scalar in buffer {
                    let value = scalar.value
                    if value < 0x80 {
                        bytes[written] = UInt8(truncatingIfNeeded: value)
                        written += 1
                    } else {
                        UTF8.encode(scalar) { unit in
                            bytes[written] = unit
                            written += 1
                        }
                    }
                }
                return written
            }
        }
    }
}
