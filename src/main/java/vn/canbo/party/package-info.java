/**
 * Đảng viên (issue 18): Party organisations, party members and the admission pipeline
 * (regulations.md §1.4, §9).
 *
 * <p>
 * <b>Organisations.</b> Each Party organisation (table {@code party_org}: đảng bộ tỉnh →
 * đảng bộ xã → đảng bộ cơ sở / chi bộ cơ sở → đảng bộ bộ phận → chi bộ) is linked to an
 * {@code org} unit, read through org's published API ({@link vn.canbo.org.Units}); it is
 * not a second copy of the unit tree. Decision: the scope of a user (unit subtrees) and
 * the 2025 restructuring (communes merged, districts abolished, predecessors covered by
 * their successors) are org's, so a Party organisation is in a user's scope exactly when
 * its unit is, with no second scope mechanism to keep in step. The Party tree itself is
 * effective-dated on its own: an organisation exists over [valid_from, valid_to) and a
 * restructuring closes it and names its successor, so the tree as of any day is
 * reproduced.
 *
 * <p>
 * <b>Members.</b> One record per party member (table {@code party_member}), most of them
 * not cadres: keyed by CCCD where known, linked to the cadre's dossier through
 * {@code people::api} when there is one, otherwise carrying the Phiếu đảng viên fields.
 * The statuses, the organisations where the member is active, the cards and the
 * exemptions are dated histories, never overwritten ({@code party_member_status},
 * {@code party_member_activity}, {@code party_member_card},
 * {@code party_member_exemption}). Name search ignores diacritics (word prefixes, GIN).
 *
 * <p>
 * <b>Admission pipeline.</b> Candidates (quần chúng ưu tú, {@code party_candidate}), the
 * awareness class, the dossier steps and the admission decision creating the probationary
 * member; the ceremony (PM-01), probation (PM-02), recognition (PM-03, PM-04) and party
 * age (PM-06), all numbers being rule parameters {@code party.*} with their legal basis;
 * working days through {@code rules}' calendar. The deadlines feed the career alerts
 * ({@link vn.canbo.rules.ModuleAlerts}).
 *
 * <p>
 * API (the public types of this package): {@link vn.canbo.party.PartyOrgs},
 * {@link vn.canbo.party.PartyMembers}, {@link vn.canbo.party.Admissions} and their
 * records; the web layer ({@code party.web}) is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party", allowedDependencies = { "audit", "catalog",
		"org", "documents", "imports::spi", "people::api", "reports::spi", "rules", "security", "shared", "targets" })
package vn.canbo.party;
