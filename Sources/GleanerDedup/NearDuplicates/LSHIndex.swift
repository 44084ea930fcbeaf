/// An in-memory LSH banding index over b-bit MinHash signatures, built for a small footprint.
///
/// Signatures are kept back to back in one byte array (1 byte per permutation). Band keys are
/// not stored: a band's key is its bytes, read back from the stored signature. All bands share
/// one open-addressing table (linear probing) of 32-bit slots; a slot holds a 7-bit tag of the
/// band key's hash and the document's number + 1 (25 bits, so at most 33,554,431 documents).
/// With the table sized for the expected count at a load of 0.85, an indexed document costs
/// `permutations + 4 × bands / 0.85` bytes (247 bytes for 96 permutations in 32 bands).
/// Not thread-safe: it lives on the run's serial sink.
public struct LSHIndex: Sendable {
    /// The most documents one index holds.
    public static let capacityLimit = (1 << 25) - 1

    public let permutations: Int
    public let bands: Int
    public let rows: Int
    private var signatures: [UInt8] = []
    private var slots: [UInt32]
    private var used = 0
    /// Bands not entered because an earlier run's index already holds their key
    /// (`document × bands + band`), so that growing the table leaves them out again.
    private var skipped: Set<Int> = []
    private static let maxLoad = 0.85

    /// An index for signatures of `permutations` bytes in `bands` bands, sized for
    /// `expectedDocuments` (it grows past that, by half each time).
    public init(permutations: Int, bands: Int, expectedDocuments: Int = 1024) {
        precondition(bands >= 1 && permutations % bands == 0 && permutations / bands <= 8, "bad banding")
        self.permutations = permutations
        self.bands = bands
        rows = permutations / bands
        let capacity = Int(Double(max(expectedDocuments, 64) * bands) / Self.maxLoad) + 1
        slots = [UInt32](repeating: 0, count: capacity)
        signatures.reserveCapacity(max(expectedDocuments, 64) * permutations)
    }

    /// Documents indexed.
    public var count: Int { signatures.count / permutations }

    /// Bytes held by the index (signatures and table, at their allocated capacity).
    public var memoryBytes: Int { signatures.capacity + slots.capacity * 4 }

    /// The stored signature of document `document`.
    public func signature(of document: Int) -> ArraySlice<UInt8> {
        signatures[(document * permutations)..<((document + 1) * permutations)]
    }

    /// Calls `body` with the indexed documents that share a band with `signature`: for each band,
    /// the first document entered with that band key (a document may be reported once per band).
    public func forEachCandidate(of signature: MinHashSignature, _ body: (Int) -> Void) {
        let bytes = signature.bytes[...]
        for band in 0..<bands {
            let key = MinHashSignature.bandKey(bytes, band: band, rows: rows)
            let hash = Self.hash(key, band: band)
            let tag = UInt32(hash >> 57)
            var slot = Self.start(hash, capacity: slots.count)
            while slots[slot] != 0 {
                let entry = slots[slot]
                if entry >> 25 == tag {
                    let document = Int(entry & 0x1FF_FFFF) - 1
                    if MinHashSignature.bandKey(self.signature(of: document), band: band, rows: rows) == key {
                        body(document)
                    }
                }
                slot = slot + 1 == slots.count ? 0 : slot + 1
            }
        }
    }

    /// Adds `signature` as the next document and returns its number, or `nil` when the index is
    /// full (`capacityLimit`). A band whose key is already in the index is not entered again:
    /// the earlier document with that key stands for it, which keeps memory and look-ups small
    /// when many copies of one story arrive. Because documents are entered in order, growing the
    /// table (re-entering every document) gives the same entries. `skippingBands` lists bands
    /// whose key an earlier run's index holds (that earlier document stands for them instead).
    @discardableResult
    public mutating func insert(_ signature: MinHashSignature, skippingBands: [Int] = []) -> Int? {
        precondition(signature.bytes.count == permutations, "signature length")
        guard count < Self.capacityLimit else { return nil }
        let document = store(signature, skippingBands: skippingBands)
        enter(document: document)
        return document
    }

    /// Grows the table when one more document would pass the load limit, then stores the next
    /// document's signature and the bands it skips; returns the document's number.
    private mutating func store(_ signature: MinHashSignature, skippingBands: [Int]) -> Int {
        let document = count
        if Double(used + bands) > Double(slots.count) * Self.maxLoad {
            slots = [UInt32](repeating: 0, count: slots.count + slots.count / 2)
            used = 0
            for earlier in 0..<document { enter(document: earlier) }
        }
        signatures.append(contentsOf: signature.bytes)
        for band in skippingBands { skipped.insert(document * bands + band) }
        return document
    }

    /// `forEachCandidate(of:)` then `insert(_:skippingBands:)` in one probe of the table per band:
    /// appends to `candidates` (plus `offset`) the documents that share a band with `signature`,
    /// and enters the bands whose key no document holds yet. Returns the new document's number,
    /// or `nil` when the index is full (the candidates are still found).
    @discardableResult
    public mutating func insert(
        _ signature: MinHashSignature, skippingBands: [Int], candidates: inout [Int], offset: Int
    ) -> Int? {
        precondition(signature.bytes.count == permutations, "signature length")
        guard count < Self.capacityLimit else {
            forEachCandidate(of: signature) { candidates.append(offset + $0) }
            return nil
        }
        let document = store(signature, skippingBands: skippingBands)
        let stored = self.signature(of: document)
        for band in 0..<bands {
            let key = MinHashSignature.bandKey(stored, band: band, rows: rows)
            let hash = Self.hash(key, band: band)
            let tag = UInt32(hash >> 57)
            var slot = Self.start(hash, capacity: slots.count)
            var holder: Int?
            while slots[slot] != 0 {
                let entry = slots[slot]
                let other = Int(entry & 0x1FF_FFFF) - 1
                if entry >> 25 == tag, other != document,
                    MinHashSignature.bandKey(self.signature(of: other), band: band, rows: rows) == key
                {
                    holder = other
                    break
                }
                slot = slot + 1 == slots.count ? 0 : slot + 1
            }
            if let holder {
                candidates.append(offset + holder)
            } else if skipped.isEmpty || !skipped.contains(document * bands + band) {
                slots[slot] = tag << 25 | UInt32(document + 1)
                used += 1
            }
        }
        return document
    }

    private mutating func enter(document: Int) {
        let stored = signature(of: document)
        for band in 0..<bands {
            if !skipped.isEmpty && skipped.contains(document * bands + band) { continue }
            let key = MinHashSignature.bandKey(stored, band: band, rows: rows)
            let hash = Self.hash(key, band: band)
            let tag = UInt32(hash >> 57)
            var slot = Self.start(hash, capacity: slots.count)
            var present = false
            while slots[slot] != 0 {
                let entry = slots[slot]
                let other = Int(entry & 0x1FF_FFFF) - 1
                // An entry of another band of this same document can sit in the probe chain.
                if entry >> 25 == tag, other != document,
                    MinHashSignature.bandKey(signature(of: other), band: band, rows: rows) == key
                {
                    present = true
                    break
                }
                slot = slot + 1 == slots.count ? 0 : slot + 1
            }
            if present { continue }
            slots[slot] = tag << 25 | UInt32(document + 1)
            used += 1
        }
    }

    @inline(__always)
    private static func hash(_ key: UInt64, band: Int) -> UInt64 {
        Shingler.mix(key ^ (UInt64(band) &* 0x9E37_79B9_7F4A_7C15))
    }

    @inline(__always)
    private static func start(_ hash: UInt64, capacity: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: hash)) &* UInt64(capacity)) >> 32)
    }
}
