package vn.canbo.people;

import java.time.LocalDate;

/**
 * Tham gia tổ chức chính trị – xã hội (item 17): Đoàn, Công đoàn, Hội…, the date joined
 * and the role held.
 */
@org.springframework.modulith.NamedInterface("api")
public record MassOrgMembership(Long id, String organisation, LocalDate joinedOn, String role, LocalDate leftOn) {
}
