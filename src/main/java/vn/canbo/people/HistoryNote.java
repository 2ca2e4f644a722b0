package vn.canbo.people;

import vn.canbo.shared.PartialDate;

/**
 * Đặc điểm lịch sử bản thân (item 29/34): arrest, work under the former regime, foreign
 * relations. Sensitive.
 */
@org.springframework.modulith.NamedInterface("api")
public record HistoryNote(Long id, HistoryNoteKind kind, PartialDate from, PartialDate to, String description) {
}
