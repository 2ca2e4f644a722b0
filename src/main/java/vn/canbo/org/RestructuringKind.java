package vn.canbo.org;

/** Sắp xếp tổ chức: how the tree changes on an effective date. */
public enum RestructuringKind {

	/** thành lập */
	CREATE,
	/** sáp nhập, hợp nhất: several units end, one (new or existing) continues them */
	MERGE,
	/** chia tách: one unit ends, several new ones continue it */
	SPLIT,
	/** giải thể */
	DISSOLVE,
	/** đổi tên (same unit, new version) */
	RENAME,
	/** chuyển trực thuộc (same unit, new parent) */
	MOVE

}
