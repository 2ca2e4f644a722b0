package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Party organisations and members on PostgreSQL: the tree with member counts as of a day
 * (before founding, after dissolution), levels that may not nest, bad input all at once
 * with nothing stored; a member's statuses, moves, cards and exemptions as dated history;
 * the name search without diacritics; scope (an organisation, a member of commune B are
 * not found for commune A's scope); every change audited.
 */
@SpringBootTest
class PartyOrgsAndMembersTest {

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyOrgs orgs;

	@Autowired
	PartyMembers members;

	@Autowired
	JdbcClient jdbc;

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	long audits(String type, long id) {
		return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = ?")
			.params(type, String.valueOf(id))
			.query(Long.class)
			.single();
	}

	@Test
	void theTreeCountsMembersAsOfADay() {
		PartyFixture.Tree t = fx.tree();
		fx.member("Nguyễn Văn Một", t.cellA().id(), LocalDate.of(2010, 5, 1), LocalDate.of(2010, 5, 19),
				LocalDate.of(2011, 5, 19));
		PartyMember two = fx.member("Trần Thị Hai", t.cellA().id(), LocalDate.of(2020, 1, 6), LocalDate.of(2020, 2, 3),
				LocalDate.of(2021, 2, 3));
		fx.member("Lê Văn Ba", t.cellB().id(), LocalDate.of(2015, 1, 5), LocalDate.of(2015, 2, 2), null);
		var tree = orgs.tree(Scope.of(t.province().id()), LocalDate.of(2026, 1, 1));
		// tree order: each organisation followed by its subtree, siblings by name (Bình
		// Yên
		// before Hòa An)
		assertThat(tree).extracting(PartyOrg::id)
			.containsExactly(t.provinceOrg().id(), t.communeB().id(), t.cellB().id(), t.communeA().id(),
					t.cellA().id());
		assertThat(tree).extracting(PartyOrg::depth).containsExactly(0, 1, 2, 1, 2);
		assertThat(tree.get(0).membersInSubtree()).isEqualTo(3);
		assertThat(tree.get(3).members()).isZero();
		assertThat(tree.get(3).membersInSubtree()).isEqualTo(2);
		assertThat(tree.get(4).members()).isEqualTo(2);
		assertThat(tree.get(1).membersInSubtree()).isEqualTo(1);
		// on 1/1/2015 only the first member was active; Trần Thị Hai's decision came in
		// 2020
		assertThat(orgs.tree(Scope.of(t.province().id()), LocalDate.of(2015, 1, 1)).get(0).membersInSubtree())
			.isEqualTo(1);
		// commune A's scope sees its own branch only
		assertThat(orgs.tree(Scope.of(t.a().id()), LocalDate.of(2026, 1, 1))).extracting(PartyOrg::id)
			.containsExactly(t.communeA().id(), t.cellA().id());
		// a deceased member leaves the rolls from the day
		members.changeStatus(two.id(),
				new PartyMember.StatusChange(MemberStatus.DECEASED, LocalDate.of(2026, 3, 2), null, null, "Từ trần"),
				Scope.all());
		assertThat(orgs.get(t.cellA().id(), Scope.all(), LocalDate.of(2026, 3, 1)).members()).isEqualTo(2);
		assertThat(orgs.get(t.cellA().id(), Scope.all(), LocalDate.of(2026, 3, 2)).members()).isEqualTo(1);
	}

	@Test
	void badOrganisationsAreRefusedWholeAndNothingIsStored() {
		PartyFixture.Tree t = fx.tree();
		long before = count("party_org");
		assertThatThrownBy(() -> orgs.create(new PartyOrg.Input(t.cellA().code(), " ", OrgLevel.SECTION, null,
				t.cellA().id(), t.a().id(), LocalDate.of(1999, 1, 1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
				.containsExactlyInAnyOrder("code", "name", "level", "placeKind", "parentId", "unitId"));
		assertThat(count("party_org")).isEqualTo(before);
		// a chi bộ directly under the province committee is allowed; a chi bộ trực thuộc
		// is not
		assertThatThrownBy(() -> fx.org("X-" + t.cellA().id(), "Chi bộ lạc", OrgLevel.CELL, PlaceKind.SCHOOL,
				t.provinceOrg().id(), t.province().id()))
			.hasMessageContaining("Chi bộ trực thuộc không thể trực thuộc Đảng bộ tỉnh");
		// commune A's officer cannot hang an organisation under commune B's, nor see it
		assertThatThrownBy(() -> orgs.create(new PartyOrg.Input("Y-" + t.cellB().id(), "Chi bộ mới", OrgLevel.CELL,
				PlaceKind.SCHOOL, t.communeB().id(), t.a().id(), LocalDate.of(2020, 1, 1)), Scope.of(t.a().id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> orgs.get(t.cellB().id(), Scope.of(t.a().id()), null))
			.isInstanceOf(NotFoundException.class);
		assertThat(audits("party_org", t.cellA().id())).isEqualTo(1);
	}

	@Test
	void dissolutionWaitsForTheMembersToLeave() {
		PartyFixture.Tree t = fx.tree();
		PartyOrg cell2 = fx.org("A2-" + t.cellA().id(), "Chi bộ thôn Bắc", OrgLevel.GRASSROOTS_CELL,
				PlaceKind.RESIDENTIAL, t.communeA().id(), t.a().id());
		PartyMember m = fx.member("Phạm Văn Bốn", t.cellA().id(), LocalDate.of(2012, 1, 2), LocalDate.of(2012, 2, 1),
				LocalDate.of(2013, 2, 1));
		LocalDate merged = LocalDate.of(2025, 7, 1);
		assertThatThrownBy(
				() -> orgs.dissolve(t.cellA().id(), new PartyOrg.Dissolution(merged, cell2.id()), Scope.all()))
			.hasMessageContaining("Còn 1 đảng viên");
		members.move(m.id(), new PartyMember.Move(cell2.id(), merged), Scope.all());
		PartyOrg closed = orgs.dissolve(t.cellA().id(), new PartyOrg.Dissolution(merged, cell2.id()), Scope.all());
		assertThat(closed.validTo()).isEqualTo(merged);
		assertThat(orgs.tree(Scope.all(), LocalDate.of(2025, 6, 30))).extracting(PartyOrg::id).contains(t.cellA().id());
		assertThat(orgs.tree(Scope.all(), merged)).extracting(PartyOrg::id).doesNotContain(t.cellA().id());
		// a move to an organisation that no longer exists on the day is refused
		PartyOrg cell3 = fx.org("A3-" + t.cellA().id(), "Chi bộ thôn Nam", OrgLevel.GRASSROOTS_CELL,
				PlaceKind.RESIDENTIAL, t.communeA().id(), t.a().id());
		assertThatThrownBy(
				() -> members.move(m.id(), new PartyMember.Move(t.cellA().id(), LocalDate.of(2026, 1, 5)), Scope.all()))
			.hasMessageContaining("không tồn tại vào ngày 05/01/2026");
		PartyMember moved = members.move(m.id(), new PartyMember.Move(cell3.id(), LocalDate.of(2026, 1, 5)),
				Scope.all());
		assertThat(moved.activities()).extracting(PartyMember.ActivityEntry::orgId)
			.containsExactly(t.cellA().id(), cell2.id(), cell3.id());
		assertThat(moved.activities().get(0).validTo()).isEqualTo(merged);
		assertThat(moved.currentOrgId()).isEqualTo(cell3.id());
	}

	@Test
	void aMembersHistoryIsKeptAndScoped() {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = fx.member("Đặng Thị Năm", t.cellA().id(), LocalDate.of(2001, 3, 5), LocalDate.of(2001, 3, 26),
				LocalDate.of(2002, 3, 26));
		assertThat(m.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(m.statuses()).extracting(PartyMember.StatusEntry::status)
			.containsExactly(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL);
		// PM-06: party age from the admission decision
		assertThat(members.read(m.id(), LocalDate.of(2026, 3, 4)).partyAgeYears()).isEqualTo(24);
		assertThat(members.read(m.id(), LocalDate.of(2026, 3, 5)).partyAgeYears()).isEqualTo(25);
		members.addCard(m.id(), new PartyMember.Card("01234567", LocalDate.of(2002, 5, 19)), Scope.all());
		members.addCard(m.id(), new PartyMember.Card("098765432101", LocalDate.of(2020, 5, 19)), Scope.all());
		members.addExemption(m.id(), new PartyMember.Exemption(LocalDate.of(2024, 1, 1), null, "12-QĐ/ĐU", "Tuổi cao"),
				Scope.all());
		PartyMember after = members.read(m.id(), LocalDate.of(2026, 1, 1));
		assertThat(after.cards()).hasSize(2);
		assertThat(after.cardNumber()).isEqualTo("098765432101");
		assertThat(after.exempt()).isTrue();
		// bad input: every error at once, nothing stored
		long statuses = count("party_member_status");
		assertThatThrownBy(() -> members.changeStatus(m.id(),
				new PartyMember.StatusChange(MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), null, null, null),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
				.containsExactlyInAnyOrder("status", "validFrom", "decisionNumber"));
		assertThatThrownBy(() -> members.addCard(m.id(), new PartyMember.Card("01234567", null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
				.containsExactlyInAnyOrder("cardNumber", "cardIssuedOn"));
		assertThat(count("party_member_status")).isEqualTo(statuses);
		members.changeStatus(m.id(), new PartyMember.StatusChange(MemberStatus.REMOVED, LocalDate.of(2026, 6, 1),
				"45-QĐ/ĐU", LocalDate.of(2026, 6, 1), "Bỏ sinh hoạt 3 tháng"), Scope.all());
		PartyMember removed = members.read(m.id(), LocalDate.of(2026, 7, 1));
		assertThat(removed.status()).isEqualTo(MemberStatus.REMOVED);
		assertThat(removed.statuses()).hasSize(3);
		assertThat(members.read(m.id(), LocalDate.of(2026, 5, 31)).status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThatThrownBy(() -> members.changeStatus(m.id(),
				new PartyMember.StatusChange(MemberStatus.EXPELLED, LocalDate.of(2026, 8, 1), "1",
						LocalDate.of(2026, 8, 1), null),
				Scope.all()))
			.hasMessageContaining("không còn trong danh sách");
		// scope: commune B's officer does not find A's member
		assertThatThrownBy(() -> members.get(m.id(), Scope.of(t.b().id()), null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> members.addCard(m.id(), new PartyMember.Card("1", LocalDate.of(2020, 1, 1)),
				Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(audits("party_member", m.id())).isEqualTo(5);
	}

	@Test
	void nameSearchIgnoresDiacriticsAndStaysInTheScope() {
		PartyFixture.Tree t = fx.tree();
		String tag = "Xuyến" + t.cellA().id();
		PartyMember a = fx.member("Vũ Thị " + tag, t.cellA().id(), LocalDate.of(2018, 1, 2), LocalDate.of(2018, 2, 1),
				null);
		PartyMember b = fx.member("Võ Văn " + tag, t.cellB().id(), LocalDate.of(2018, 1, 2), LocalDate.of(2018, 2, 1),
				null);
		String folded = vn.canbo.shared.VietnameseText.fold(tag);
		assertThat(members.search("vu " + folded, null, Scope.all(), null, 0, 20).items())
			.extracting(PartyMember.Summary::id)
			.containsExactly(a.id());
		assertThat(members.search(folded, null, Scope.all(), null, 0, 20).items()).extracting(PartyMember.Summary::id)
			.containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(members.search(folded, null, Scope.of(t.a().id()), null, 0, 20).items())
			.extracting(PartyMember.Summary::id)
			.containsExactly(a.id());
		assertThat(members.search(folded, t.communeB().id(), Scope.all(), null, 0, 20).items())
			.extracting(PartyMember.Summary::id)
			.containsExactly(b.id());
		assertThatThrownBy(() -> members.search(folded, t.communeB().id(), Scope.of(t.a().id()), null, 0, 20))
			.isInstanceOf(NotFoundException.class);
	}

}
