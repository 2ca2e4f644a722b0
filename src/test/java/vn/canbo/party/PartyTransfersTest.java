package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.career.Alerts;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Transfers of party activity (TR-01..TR-03) on PostgreSQL with the holiday calendar:
 * two-sided across two scopes (commune A introduces, commune B receives; each sees its
 * own half, the member's record follows the member), the 60 and 30 working-day deadlines
 * at their boundary (across the 2/9 holidays), a destination that does not exist on the
 * day, all errors at once with nothing stored, outside the province, a temporary
 * transfer, the alert of a letter not presented, the audit.
 */
@SpringBootTest
class PartyTransfersTest {

	@Autowired
	PartyFixture fx;

	@Autowired
	Transfers transfers;

	@Autowired
	PartyMembers members;

	@Autowired
	Alerts alerts;

	@Autowired
	JdbcClient jdbc;

	static final LocalDate EFFECTIVE = LocalDate.of(2026, 8, 20);

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	Transfers.Introduction official(String code, LocalDate introduced, String lateReason) {
		return new Transfers.Introduction("OFFICIAL", "RESIDENCE", code, null, EFFECTIVE, introduced, "12-GGT",
				"Đảng ủy xã Hòa An", lateReason, null, null);
	}

	@Test
	void twoSidedAcrossScopesWithTheDeadlinesAtTheirBoundary() {
		PartyFixture.Tree t = fx.tree();
		Scope a = Scope.of(t.a().id());
		Scope b = Scope.of(t.b().id());
		PartyMember m = fx.member("Đặng Văn Chuyển", t.cellA().id(), LocalDate.of(2010, 5, 1),
				LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19));
		// TR-01: 60 working days from 20/08/2026 across the 2/9 holidays: 16/11/2026
		assertThat(transfers.introductionDeadline(EFFECTIVE)).isEqualTo(LocalDate.of(2026, 11, 16));
		long before = count("party_transfer");
		assertThatThrownBy(
				() -> transfers.introduce(m.id(), official(t.cellB().code(), LocalDate.of(2026, 11, 17), null), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.message()).contains("TR-01", "16/11/2026", "Quy định")));
		assertThat(count("party_transfer")).isEqualTo(before);
		// B's officer cannot introduce A's member
		assertThatThrownBy(
				() -> transfers.introduce(m.id(), official(t.cellB().code(), LocalDate.of(2026, 11, 16), null), b))
			.isInstanceOf(NotFoundException.class);
		Transfers.Transfer sent = transfers.introduce(m.id(),
				official(t.cellB().code(), LocalDate.of(2026, 11, 16), null), a);
		assertThat(sent.outsideProvince()).isFalse();
		// TR-03: 30 working days from 16/11/2026
		assertThat(sent.presentDeadline()).isEqualTo(LocalDate.of(2026, 12, 28));
		// each side its own half
		assertThat(transfers.outgoing(a)).extracting(Transfers.Transfer::id).contains(sent.id());
		assertThat(transfers.incoming(a)).extracting(Transfers.Transfer::id).doesNotContain(sent.id());
		assertThat(transfers.incoming(b)).extracting(Transfers.Transfer::id).contains(sent.id());
		assertThat(transfers.outgoing(b)).extracting(Transfers.Transfer::id).doesNotContain(sent.id());
		// the member is still A's until presented
		assertThatThrownBy(() -> members.get(m.id(), b, null)).isInstanceOf(NotFoundException.class);
		// the receiving side is alerted while the letter is not presented
		List<Alerts.Alert> found = alerts.list(b, LocalDate.of(2026, 12, 1), 60,
				Alerts.Kind.PARTY_TRANSFER_NOT_PRESENTED);
		assertThat(found).anySatisfy(x -> {
			assertThat(x.personName()).isEqualTo("Đặng Văn Chuyển");
			assertThat(x.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
		});
		assertThat(alerts.list(a, LocalDate.of(2026, 12, 1), 60, Alerts.Kind.PARTY_TRANSFER_NOT_PRESENTED))
			.noneMatch(x -> x.personName().equals("Đặng Văn Chuyển"));
		// A's officer cannot receive into B's chi bộ; B cannot receive into A's
		assertThatThrownBy(() -> transfers.present(t.cellB().id(),
				new Transfers.Presentation(sent.id(), LocalDate.of(2026, 11, 20), null), a))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> transfers.present(t.cellA().id(),
				new Transfers.Presentation(sent.id(), LocalDate.of(2026, 11, 20), null), a))
			.isInstanceOf(NotFoundException.class);
		// a second introduction while one is open is refused
		assertThatThrownBy(
				() -> transfers.introduce(m.id(), official(t.cellB().code(), LocalDate.of(2026, 11, 16), null), a))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().toString()).contains("chưa được tiếp nhận"));
		Transfers.Transfer received = transfers.present(t.cellB().id(),
				new Transfers.Presentation(sent.id(), LocalDate.of(2026, 11, 20), null), b);
		assertThat(received.presentedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		PartyMember after = members.get(m.id(), b, null);
		assertThat(after.currentOrgId()).isEqualTo(t.cellB().id());
		assertThat(after.activities()).extracting(PartyMember.ActivityEntry::orgId, PartyMember.ActivityEntry::validTo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(t.cellA().id(), LocalDate.of(2026, 11, 20)),
					org.assertj.core.groups.Tuple.tuple(t.cellB().id(), null));
		assertThatThrownBy(() -> members.get(m.id(), a, null)).isInstanceOf(NotFoundException.class);
		// twice: refused
		assertThatThrownBy(() -> transfers.present(t.cellB().id(),
				new Transfers.Presentation(sent.id(), LocalDate.of(2026, 11, 21), null), b))
			.isInstanceOf(ValidationException.class);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'party_transfer' and entity_id = ?")
			.param(String.valueOf(sent.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aLatePresentationNeedsItsExplanation() {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = fx.member("Lý Thị Muộn", t.cellA().id(), LocalDate.of(2010, 5, 1), LocalDate.of(2010, 5, 19),
				LocalDate.of(2011, 5, 19));
		Transfers.Transfer sent = transfers.introduce(m.id(), new Transfers.Introduction("OFFICIAL", "CHANGE_UNIT",
				t.cellB().code(), null, EFFECTIVE, EFFECTIVE, "7-GGT", "Đảng ủy xã Hòa An", null, null, null),
				Scope.all());
		// 30 working days from 20/08/2026 across the 2/9 holidays: 05/10/2026
		assertThat(sent.presentDeadline()).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThatThrownBy(() -> transfers.present(t.cellB().id(),
				new Transfers.Presentation(sent.id(), LocalDate.of(2026, 10, 6), " "), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("TR-03", "05/10/2026"));
		assertThat(transfers.find(sent.id()).orElseThrow().presentedOn()).isNull();
		assertThat(transfers
			.present(t.cellB().id(), new Transfers.Presentation(sent.id(), LocalDate.of(2026, 10, 5), null),
					Scope.all())
			.latePresentation()).isNull();
	}

	@Test
	void badInputIsRefusedAllAtOnceAndNothingIsStored() {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = fx.member("Phí Văn Sai", t.cellA().id(), LocalDate.of(2010, 5, 1), LocalDate.of(2010, 5, 19),
				LocalDate.of(2011, 5, 19));
		long before = count("party_transfer");
		assertThatThrownBy(() -> transfers.introduce(m.id(),
				new Transfers.Introduction(null, "X", "KHONG-CO", null, null, LocalDate.of(2026, 9, 1), " ", null, null,
						null, null),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(vn.canbo.shared.FieldError::field)
						.contains("kind", "ground", "toOrgCode", "effectiveOn", "letterNumber", "issuer"));
		// a destination that did not exist on the day of the introduction
		PartyOrg late = fx.orgs.create(new PartyOrg.Input("LATE-" + t.cellB().code(), "Chi bộ mới",
				OrgLevel.GRASSROOTS_CELL, PlaceKind.SCHOOL, t.communeB().id(), t.b().id(), LocalDate.of(2026, 10, 1)),
				Scope.all());
		assertThatThrownBy(
				() -> transfers.introduce(m.id(), official(late.code(), LocalDate.of(2026, 9, 1), null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains(late.code(), "01/09/2026"));
		// both destinations, or none
		assertThatThrownBy(
				() -> transfers.introduce(m.id(),
						new Transfers.Introduction("OFFICIAL", "RESIDENCE", t.cellB().code(), "Tỉnh khác", EFFECTIVE,
								EFFECTIVE, "1", "Đảng ủy", null, null, null),
						Scope.all()))
			.isInstanceOf(ValidationException.class);
		// a temporary transfer needs its end
		assertThatThrownBy(() -> transfers.introduce(m.id(),
				new Transfers.Introduction("TEMPORARY", "STUDY", t.cellB().code(), null, EFFECTIVE, EFFECTIVE, "1",
						"Đảng ủy", null, null, null),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(vn.canbo.shared.FieldError::field).contains("validUntil"));
		assertThat(count("party_transfer")).isEqualTo(before);
	}

	@Test
	void outsideTheProvinceTheMemberLeavesTheRollsAndATemporaryTransferKeepsTheActivity() {
		PartyFixture.Tree t = fx.tree();
		PartyMember out = fx.member("Hà Văn Xa", t.cellA().id(), LocalDate.of(2010, 5, 1), LocalDate.of(2010, 5, 19),
				LocalDate.of(2011, 5, 19));
		Transfers.Transfer x = transfers.introduce(out.id(),
				new Transfers.Introduction("OFFICIAL", "RESIDENCE", null, "Đảng bộ phường Bến Nghé, TP Hồ Chí Minh",
						EFFECTIVE, LocalDate.of(2026, 9, 10), "3-GGT", "Ban Tổ chức Tỉnh ủy", null, null, null),
				Scope.all());
		assertThat(x.outsideProvince()).isTrue();
		assertThat(x.presentDeadline()).isNull();
		PartyMember gone = members.get(out.id(), Scope.all(), null);
		assertThat(gone.status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
		assertThat(gone.activities()).allSatisfy(a -> assertThat(a.validTo()).isEqualTo(LocalDate.of(2026, 9, 10)));

		PartyMember temp = fx.member("Hà Thị Tạm", t.cellA().id(), LocalDate.of(2010, 5, 1), LocalDate.of(2010, 5, 19),
				LocalDate.of(2011, 5, 19));
		Transfers.Transfer tt = transfers
			.introduce(
					temp.id(), new Transfers.Introduction("TEMPORARY", "STUDY", t.cellB().code(), null, EFFECTIVE,
							EFFECTIVE, "4-GGT", "Đảng ủy xã Hòa An", null, LocalDate.of(2027, 6, 30), null),
					Scope.all());
		transfers.present(t.cellB().id(), new Transfers.Presentation(tt.id(), LocalDate.of(2026, 8, 25), null),
				Scope.all());
		PartyMember still = members.get(temp.id(), Scope.all(), null);
		assertThat(still.currentOrgId()).isEqualTo(t.cellA().id());
		assertThat(still.status()).isEqualTo(MemberStatus.OFFICIAL);
	}

}
