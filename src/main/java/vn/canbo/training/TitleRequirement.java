package vn.canbo.training;

import vn.canbo.people.QualificationKind;

/**
 * One requirement of a title standard: the minimum level of a qualification kind (a code
 * of the kind's level catalog; DT1–DT4 for defence and security, DT1 the highest group).
 * levelName is filled when read; unconfirmed = [U], a value to confirm.
 */
@org.springframework.modulith.NamedInterface("api")
public record TitleRequirement(QualificationKind kind, String levelCode, String levelName, boolean unconfirmed) {
}
