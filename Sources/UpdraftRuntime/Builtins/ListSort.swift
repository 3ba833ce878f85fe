// `list.sort` and `sorted`: CPython's timsort (Objects/listobject.c, 3.11), step for step, so
// that the same pairs are compared in the same order. That matters beyond speed: when items
// cannot be compared, the TypeError names the first pair CPython happened to compare, and key
// functions or `__lt__` methods with side effects run in the same sequence.

/// Sorts `list` in place with Python's semantics: only `<` is used, the sort is stable,
/// `reverse` keeps equal items in their original order, exceptions from `key` or comparisons
/// propagate, and a list mutated during the sort raises `ValueError`.
public func sortList(_ list: PyList, key: Value?, reverse: Bool) throws {
    var items = list.items
    // As in CPython the list looks empty while it is sorted, so a comparison that mutates it
    // cannot corrupt the sort.
    list.items = []
    var failure: Error?
    do {
        var keys: [Value]?
        if let key, !key.isNone {
            var k: [Value] = []
            k.reserveCapacity(items.count)
            for item in items { k.append(try call(key, [item])) }
            keys = k
        }
        if items.count > 1 {
            if reverse {
                items.reverse()
                keys?.reverse()
            }
            var sorter = TimSort(keys: keys ?? items, values: keys == nil ? nil : items)
            do {
                try sorter.sort()
            } catch {
                failure = error
            }
            // Even after an error the arrays hold a permutation of the input.
            if keys != nil { items = sorter.values ?? items } else { items = sorter.keys }
            if reverse { items.reverse() }
        }
    } catch {
        failure = error
    }
    let modified = !list.items.isEmpty
    list.items = items
    if let failure { throw failure }
    if modified { throw PythonError.valueError("list modified during sort") }
}

/// `a < b` as Python's sort evaluates it, with fast paths for homogeneous scalars.
@inline(__always)
func sortLessThan(_ a: Value, _ b: Value) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y
    case (.float(let x), .float(let y)): return x < y
    case (.object(let x), .object(let y)):
        if let sx = x as? PyStr, let sy = y as? PyStr { return compareStrings(sx.value, sy.value) < 0 }
    default: break
    }
    let r = try compare(.lt, a, b)
    if case .bool(let flag) = r { return flag }
    return try isTruthy(r)
}

/// The merge state of one sort: `keys` are compared; `values`, when present, move with them.
struct TimSort {
    var keys: [Value]
    var values: [Value]?
    private var minGallop = 7
    private var pending: [(base: Int, length: Int, power: Int)] = []
    private let count: Int

    private static let minGallopDefault = 7

    init(keys: [Value], values: [Value]?) {
        self.keys = keys
        self.values = values
        self.count = keys.count
    }

    @inline(__always)
    private func lessThan(_ a: Value, _ b: Value) throws -> Bool { try sortLessThan(a, b) }

    mutating func sort() throws {
        var remaining = count
        if remaining < 2 { return }
        let minRun = TimSort.minRunLength(remaining)
        var lo = 0
        repeat {
            var (n, descending) = try countRun(lo, lo + remaining)
            if descending { reverseRange(lo, lo + n) }
            if n < minRun {
                let force = remaining <= minRun ? remaining : minRun
                try binarySort(lo, lo + force, lo + n)
                n = force
            }
            try foundNewRun(n)
            pending.append((lo, n, 0))
            lo += n
            remaining -= n
        } while remaining > 0
        try forceCollapse()
    }

    static func minRunLength(_ length: Int) -> Int {
        var n = length
        var r = 0
        while n >= 64 {
            r |= n & 1
            n >>= 1
        }
        return n + r
    }

    private mutating func reverseRange(_ lo: Int, _ hi: Int) {
        keys[lo..<hi].reverse()
        values?[lo..<hi].reverse()
    }

    /// Length of the run starting at `lo`: ascending (`<=`) or strictly descending.
    private func countRun(_ lo: Int, _ hi: Int) throws -> (Int, Bool) {
        var i = lo + 1
        if i == hi { return (1, false) }
        var n = 2
        if try lessThan(keys[i], keys[i - 1]) {
            i += 1
            while i < hi {
                if try !lessThan(keys[i], keys[i - 1]) { break }
                i += 1
                n += 1
            }
            return (n, true)
        }
        i += 1
        while i < hi {
            if try lessThan(keys[i], keys[i - 1]) { break }
            i += 1
            n += 1
        }
        return (n, false)
    }

    /// Binary insertion sort of `[lo, hi)`, where `[lo, start)` is already sorted.
    private mutating func binarySort(_ lo: Int, _ hi: Int, _ startIn: Int) throws {
        var start = startIn == lo ? startIn + 1 : startIn
        while start < hi {
            var l = lo
            var r = start
            let pivot = keys[r]
            repeat {
                let p = l + ((r - l) >> 1)
                if try lessThan(pivot, keys[p]) { r = p } else { l = p + 1 }
            } while l < r
            // Slide [l, start) right by one; only this stretch moves, not the array's tail.
            var p = start
            while p > l {
                keys[p] = keys[p - 1]
                p -= 1
            }
            keys[l] = pivot
            if var v = values {
                values = nil  // keeps `v` uniquely referenced, so it is not copied
                let moved = v[start]
                p = start
                while p > l {
                    v[p] = v[p - 1]
                    p -= 1
                }
                v[l] = moved
                values = v
            }
            start += 1
        }
    }

    // MARK: Galloping

    /// `k` such that `a[k-1] < key <= a[k]` within `a = keys-or-temp[base..<base+n]`.
    private func gallopLeft(_ key: Value, _ a: [Value], _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastOfs = 0
        var ofs = 1
        if try lessThan(a[base + hint], key) {
            let maxOfs = n - hint
            while ofs < maxOfs {
                if try lessThan(a[base + hint + ofs], key) {
                    lastOfs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxOfs { ofs = maxOfs }
            lastOfs += hint
            ofs += hint
        } else {
            let maxOfs = hint + 1
            while ofs < maxOfs {
                if try lessThan(a[base + hint - ofs], key) { break }
                lastOfs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxOfs { ofs = maxOfs }
            let k = lastOfs
            lastOfs = hint - ofs
            ofs = hint - k
        }
        lastOfs += 1
        while lastOfs < ofs {
            let m = lastOfs + ((ofs - lastOfs) >> 1)
            if try lessThan(a[base + m], key) { lastOfs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    /// `k` such that `a[k-1] <= key < a[k]`.
    private func gallopRight(_ key: Value, _ a: [Value], _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastOfs = 0
        var ofs = 1
        if try lessThan(key, a[base + hint]) {
            let maxOfs = hint + 1
            while ofs < maxOfs {
                if try lessThan(key, a[base + hint - ofs]) {
                    lastOfs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxOfs { ofs = maxOfs }
            let k = lastOfs
            lastOfs = hint - ofs
            ofs = hint - k
        } else {
            let maxOfs = n - hint
            while ofs < maxOfs {
                if try lessThan(key, a[base + hint + ofs]) { break }
                lastOfs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxOfs { ofs = maxOfs }
            lastOfs += hint
            ofs += hint
        }
        lastOfs += 1
        while lastOfs < ofs {
            let m = lastOfs + ((ofs - lastOfs) >> 1)
            if try lessThan(key, a[base + m]) { ofs = m } else { lastOfs = m + 1 }
        }
        return ofs
    }

    // MARK: Merging

    /// Merges runs `pending[i]` and `pending[i+1]`.
    private mutating func mergeAt(_ i: Int) throws {
        var baseA = pending[i].base
        var na = pending[i].length
        let baseB = pending[i + 1].base
        var nb = pending[i + 1].length
        pending[i].length = na + nb
        if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
        pending.removeLast()

        let k = try gallopRight(keys[baseB], keys, baseA, na, 0)
        baseA += k
        na -= k
        if na == 0 { return }
        nb = try gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1)
        if nb <= 0 { return }
        if na <= nb {
            try mergeLo(baseA, na, baseB, nb)
        } else {
            try mergeHi(baseA, na, baseB, nb)
        }
    }

    /// Moves one element (key and value) from `src` to `dst` in the main arrays.
    @inline(__always)
    private mutating func put(_ dst: Int, key: Value, value: Value?) {
        keys[dst] = key
        if let value { values?[dst] = value }
    }

    /// Merges with a temporary copy of run A (`na <= nb`), filling from the left.
    private mutating func mergeLo(_ baseA: Int, _ naIn: Int, _ baseB: Int, _ nbIn: Int) throws {
        var na = naIn
        var nb = nbIn
        let tmpKeys = Array(keys[baseA..<(baseA + na)])
        let tmpValues = values.map { Array($0[baseA..<(baseA + na)]) }
        var a = 0              // index into tmp
        var b = baseB          // index into keys
        var dest = baseA

        func copyRestOfA(_ self_: inout TimSort) {
            for j in 0..<na { self_.put(dest + j, key: tmpKeys[a + j], value: tmpValues?[a + j]) }
        }

        put(dest, key: keys[b], value: values?[b])
        dest += 1; b += 1; nb -= 1
        if nb == 0 { copyRestOfA(&self); return }
        if na == 1 {
            copyB(&dest, &b, nb)
            put(dest + nb, key: tmpKeys[a], value: tmpValues?[a])
            return
        }
        var minGallop = self.minGallop
        do {
            outer: while true {
                var acount = 0
                var bcount = 0
                while true {
                    if try lessThan(keys[b], tmpKeys[a]) {
                        put(dest, key: keys[b], value: values?[b])
                        dest += 1; b += 1; nb -= 1
                        bcount += 1; acount = 0
                        if nb == 0 { break outer }
                        if bcount >= minGallop { break }
                    } else {
                        put(dest, key: tmpKeys[a], value: tmpValues?[a])
                        dest += 1; a += 1; na -= 1
                        acount += 1; bcount = 0
                        if na == 1 {
                            copyB(&dest, &b, nb)
                            put(dest + nb, key: tmpKeys[a], value: tmpValues?[a])
                            return
                        }
                        if acount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k = try gallopRight(keys[b], tmpKeys, a, na, 0)
                    acount = k
                    if k > 0 {
                        for j in 0..<k { put(dest + j, key: tmpKeys[a + j], value: tmpValues?[a + j]) }
                        dest += k; a += k; na -= k
                        if na == 1 {
                            copyB(&dest, &b, nb)
                            put(dest + nb, key: tmpKeys[a], value: tmpValues?[a])
                            return
                        }
                        if na == 0 { break outer }
                    }
                    put(dest, key: keys[b], value: values?[b])
                    dest += 1; b += 1; nb -= 1
                    if nb == 0 { break outer }

                    k = try gallopLeft(tmpKeys[a], keys, b, nb, 0)
                    bcount = k
                    if k > 0 {
                        copyB(&dest, &b, k)
                        dest += k; b += k; nb -= k
                        if nb == 0 { break outer }
                    }
                    put(dest, key: tmpKeys[a], value: tmpValues?[a])
                    dest += 1; a += 1; na -= 1
                    if na == 1 {
                        copyB(&dest, &b, nb)
                        put(dest + nb, key: tmpKeys[a], value: tmpValues?[a])
                        return
                    }
                } while acount >= TimSort.minGallopDefault || bcount >= TimSort.minGallopDefault
                minGallop += 1
                self.minGallop = minGallop
            }
        } catch {
            copyRestOfA(&self)
            throw error
        }
        copyRestOfA(&self)
    }

    /// Copies `n` elements from `b` to `dest` (forwards; `dest <= b` so nothing is overwritten early).
    @inline(__always)
    private mutating func copyB(_ dest: inout Int, _ b: inout Int, _ n: Int) {
        for j in 0..<n { put(dest + j, key: keys[b + j], value: values?[b + j]) }
    }

    /// Merges with a temporary copy of run B (`na >= nb`), filling from the right.
    private mutating func mergeHi(_ baseA: Int, _ naIn: Int, _ baseB: Int, _ nbIn: Int) throws {
        var na = naIn
        var nb = nbIn
        let tmpKeys = Array(keys[baseB..<(baseB + nb)])
        let tmpValues = values.map { Array($0[baseB..<(baseB + nb)]) }
        var dest = baseB + nb - 1
        var a = baseA + na - 1  // last of A in keys
        var b = nb - 1          // last of B in tmp

        func copyRestOfB(_ self_: inout TimSort) {
            // dest - (nb - 1) ... dest receive tmp[0..<nb]
            for j in 0..<nb { self_.put(dest - (nb - 1) + j, key: tmpKeys[j], value: tmpValues?[j]) }
        }
        /// Run B is down to one element, which goes before what is left of A.
        func copyA(_ self_: inout TimSort) {
            // Move A[a-na+1 ... a] right to end at dest, then put B's element in front.
            var j = na - 1
            while j >= 0 {
                self_.put(dest - (na - 1) + j, key: self_.keys[a - (na - 1) + j], value: self_.values?[a - (na - 1) + j])
                j -= 1
            }
            self_.put(dest - na, key: tmpKeys[b], value: tmpValues?[b])
        }

        put(dest, key: keys[a], value: values?[a])
        dest -= 1; a -= 1; na -= 1
        if na == 0 { copyRestOfB(&self); return }
        if nb == 1 { copyA(&self); return }
        var minGallop = self.minGallop
        do {
            outer: while true {
                var acount = 0
                var bcount = 0
                while true {
                    if try lessThan(tmpKeys[b], keys[a]) {
                        put(dest, key: keys[a], value: values?[a])
                        dest -= 1; a -= 1; na -= 1
                        acount += 1; bcount = 0
                        if na == 0 { break outer }
                        if acount >= minGallop { break }
                    } else {
                        put(dest, key: tmpKeys[b], value: tmpValues?[b])
                        dest -= 1; b -= 1; nb -= 1
                        bcount += 1; acount = 0
                        if nb == 1 { copyA(&self); return }
                        if bcount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k = try gallopRight(tmpKeys[b], keys, baseA, na, na - 1)
                    k = na - k
                    acount = k
                    if k > 0 {
                        // Move A's last k elements to the right end.
                        var j = 0
                        while j < k {
                            put(dest - j, key: keys[a - j], value: values?[a - j])
                            j += 1
                        }
                        dest -= k; a -= k; na -= k
                        if na == 0 { break outer }
                    }
                    put(dest, key: tmpKeys[b], value: tmpValues?[b])
                    dest -= 1; b -= 1; nb -= 1
                    if nb == 1 { copyA(&self); return }

                    k = try gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1)
                    k = nb - k
                    bcount = k
                    if k > 0 {
                        var j = 0
                        while j < k {
                            put(dest - j, key: tmpKeys[b - j], value: tmpValues?[b - j])
                            j += 1
                        }
                        dest -= k; b -= k; nb -= k
                        if nb == 1 { copyA(&self); return }
                        if nb == 0 { break outer }
                    }
                    put(dest, key: keys[a], value: values?[a])
                    dest -= 1; a -= 1; na -= 1
                    if na == 0 { break outer }
                } while acount >= TimSort.minGallopDefault || bcount >= TimSort.minGallopDefault
                minGallop += 1
                self.minGallop = minGallop
            }
        } catch {
            if nb > 0 { copyRestOfB(&self) }
            throw error
        }
        if nb > 0 { copyRestOfB(&self) }
    }

    // MARK: Run stack (powersort)

    private static func powerLoop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * s1 + n1
        var b = a + n1 + n2
        while true {
            result += 1
            if a >= n {
                a -= n
                b -= n
            } else if b >= n {
                break
            }
            a <<= 1
            b <<= 1
        }
        return result
    }

    private mutating func foundNewRun(_ n2: Int) throws {
        guard let top = pending.last else { return }
        let power = TimSort.powerLoop(top.base, top.length, n2, count)
        while pending.count > 1 && pending[pending.count - 2].power > power {
            try mergeAt(pending.count - 2)
        }
        pending[pending.count - 1].power = power
    }

    private mutating func forceCollapse() throws {
        while pending.count > 1 {
            var n = pending.count - 2
            if n > 0 && pending[n - 1].length < pending[n + 1].length { n -= 1 }
            try mergeAt(n)
        }
    }
}
