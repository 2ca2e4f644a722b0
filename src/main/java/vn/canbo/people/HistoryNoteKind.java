package vn.canbo.people;

/**
 * Đặc điểm lịch sử bản thân (item 29/34): bị bắt, bị tù; làm việc trong chế độ cũ; quan
 * hệ với nước ngoài.
 */
@org.springframework.modulith.NamedInterface("api")
public enum HistoryNoteKind {

	ARREST, FORMER_REGIME, FOREIGN_RELATIONS

}
