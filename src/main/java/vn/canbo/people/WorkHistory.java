package vn.canbo.people;

import vn.canbo.shared.PartialDate;

/**
 * Tóm tắt quá trình công tác (item 28): a free-text period, including history before the
 * system.
 */
@org.springframework.modulith.NamedInterface("api")
public record WorkHistory(Long id, PartialDate from, PartialDate to, String description, String unitText) {
}
