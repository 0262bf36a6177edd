import Foundation

/// Cell ids as nbformat 4.5 requires them: 1-64 characters of `[A-Za-z0-9-_]`.
public enum CellID {
    public static func isValid(_ id: String) -> Bool {
        (1...64).contains(id.unicodeScalars.count)
            && id.unicodeScalars.allSatisfy { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
                default: return false
                }
            }
    }

    /// A deterministic id from a cell's position and content, so converting the same file twice
    /// gives the same ids (and clean diffs). Not random: nbformat's own upgrade uses random ids.
    public static func stable(index: Int, kind: Cell.Kind, source: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in Array("\(index)|\(kind.rawValue)|".utf8) + Array(source.utf8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Gives every cell a valid id that is unique in the notebook, keeping the ones already valid.
    public static func repair(_ cells: inout [Cell]) {
        var seen = Set<String>()
        for index in cells.indices {
            var id = cells[index].id
            if !isValid(id) || seen.contains(id) {
                id = stable(index: index, kind: cells[index].kind, source: cells[index].source)
                var salt = 1
                while seen.contains(id) {
                    id = stable(index: index + salt * 100_003, kind: cells[index].kind, source: cells[index].source)
                    salt += 1
                }
                cells[index].id = id
            }
            seen.insert(id)
        }
    }
}
