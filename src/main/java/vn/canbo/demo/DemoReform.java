package vn.canbo.demo;

import static vn.canbo.demo.DemoDataGenerator.APPOINTED;
import static vn.canbo.demo.DemoDataGenerator.DEPUTY_OF;
import static vn.canbo.demo.DemoDataGenerator.REFORM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringResult;
import vn.canbo.org.UnitView;
import vn.canbo.people.EntryEnd;
import vn.canbo.people.HistoryEntry;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.shared.Scope;

/**
 * The staffing decisions after the 2025 reform, written set-wise: on 15/7/2025 every
 * merged body keeps one head and the others become deputies; the town's leaders become
 * the Party secretaries of the new communes (their secretaries become deputies); the
 * town's other staff, whose posts ended with the town, are assigned to the new communes'
 * bodies from 1/7/2025.
 */
final class DemoReform {

	private final PersonService people;

	private final DemoStaff staff;

	DemoReform(PersonService people, DemoStaff staff) {
		this.people = people;
		this.staff = staff;
	}

	void apply(List<RestructuringResult> results, List<UnitView> newParties, List<UnitView> newCommittees,
			Decision reform) {
		Map<Long, Long> successor = new LinkedHashMap<>();
		results.forEach(res -> successor.putAll(res.unitMapping()));
		int led = Math.min(newParties.size(), staff.townLeaderList.size());
		Set<Long> ledParties = new HashSet<>();
		newParties.subList(0, led).forEach(p -> ledParties.add(p.id()));
		// the heads who step down: every holder after the first of a head post in a
		// merged
		// body, and the secretaries of the communes a town leader comes to lead
		Set<String> kept = new HashSet<>();
		List<DemoStaff.Head> down = new ArrayList<>();
		for (DemoStaff.Head h : staff.heads) {
			Long target = successor.get(h.unitId());
			if (target == null) {
				continue;
			}
			boolean first = kept.add(target + "/" + h.titleCode());
			if (first && !(h.titleCode().equals("BI_THU") && ledParties.contains(target))) {
				continue;
			}
			down.add(new DemoStaff.Head(h.personId(), target, h.titleCode()));
		}
		Map<Long, List<Position>> held = people
			.positionsOn(down.stream().map(DemoStaff.Head::personId).distinct().toList(), APPOINTED, Scope.all());
		List<EntryEnd> ends = new ArrayList<>();
		List<HistoryEntry<Position>> added = new ArrayList<>();
		Set<Long> ended = new HashSet<>();
		for (DemoStaff.Head h : down) {
			for (Position p : held.get(h.personId())) {
				if (p.unitId() == h.unitId() && h.titleCode().equals(p.titleCode()) && p.validFrom().isBefore(APPOINTED)
						&& ended.add(p.id())) {
					ends.add(new EntryEnd(h.personId(), p.id(), APPOINTED));
					added.add(new HistoryEntry<>(h.personId(),
							new Position(null, h.unitId(), null, DEPUTY_OF.get(h.titleCode()), null, p.concurrent(),
									p.partyPost(), APPOINTED, null, APPOINTED, APPOINTED.plusYears(5), "20-QĐ/ĐU",
									APPOINTED, null, "Phân công sau hợp nhất")));
				}
			}
		}
		for (int m = 0; m < led; m++) {
			UnitView party = newParties.get(m);
			added.add(new HistoryEntry<>(staff.townLeaderList.get(m),
					new Position(null, party.id(), null, "BI_THU", "Bí thư " + party.name(), false, true, APPOINTED,
							null, APPOINTED, APPOINTED.plusYears(5), "15-QĐ/TU", LocalDate.of(2025, 7, 14), null,
							"Chỉ định sau sắp xếp đơn vị hành chính")));
		}
		int k = 0;
		for (long personId : staff.inTown) {
			if (staff.townLeaders.contains(personId)) {
				continue;
			}
			boolean party = staff.partyStaff.contains(personId);
			List<UnitView> targets = party ? newParties : newCommittees;
			UnitView target = targets.get(k++ % targets.size());
			added.add(new HistoryEntry<>(personId,
					new Position(null, target.id(), null, "CHUYEN_VIEN",
							party ? "Chuyên viên Văn phòng Đảng ủy" : "Chuyên viên UBND", false, party, REFORM, null,
							null, null, reform.number(), reform.date(), null, "Bố trí sau sắp xếp đơn vị hành chính")));
		}
		people.endAll(HistoryKind.POSITION, ends, Scope.all());
		people.addAll(HistoryKind.POSITION, added, Scope.all());
	}

}
