package vn.canbo.security.scope;

import vn.canbo.imports.JobWait;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.people.HistoryKind;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Award;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Qualification;
import vn.canbo.people.Salary;
import vn.canbo.shared.Scope;

/**
 * Two communes A and B of a (unique) province, a dossier in each with a main position, a
 * salary, a qualification, an award and a family member. Committed (not rolled back),
 * with unique names, so that every request of the enumeration test runs in its own
 * transaction exactly as in production.
 */
public record TwoCommunes(long province, long unitA, long unitB, String unitBName, long personA, long personB,
		String personBName, String nationalIdB, long positionB, long salaryB, long qualificationB, long awardB,
		long familyB, long decisionB, long populationB, long importJobB, long programmeB, long indicatorB,
		long campaignB, long subjectB, long courseB, long enrolmentB, long planB, long candidateB, long partyOrgB,
		long partyMemberB, long partyCandidateB, long partyPlanB) {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	public static TwoCommunes create(UnitService units, PersonService people) {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("SC-T-" + k, "Tỉnh Phạm Vi " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView a = units.create(new UnitService.NewUnit("SC-A-" + k, "UBND xã Anphạm " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		UnitView b = units.create(new UnitService.NewUnit("SC-B-" + k, "UBND xã Bìnhkín " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		PersonView pa = people.create(
				PeopleTestData.newPerson("Lê Văn Anthư " + letters(k), PeopleTestData.nationalId(), a.id()),
				Scope.all());
		String idB = PeopleTestData.nationalId();
		String nameB = "Trịnh Thị Bímật " + letters(k);
		PersonView pb = people.create(PeopleTestData.newPerson(nameB, idB, b.id()), Scope.all());
		Salary s = people.add(pb.id(), HistoryKind.SALARY,
				Salary.of("01.003", 2, new BigDecimal("2.67"), LocalDate.of(2012, 1, 1)), Scope.all());
		Qualification q = pb.qualifications().isEmpty() ? null : pb.qualifications().get(0);
		Award aw = people.add(pb.id(), HistoryKind.AWARD, new Award(null, 2020, "GIAY_KHEN", "12/QĐ-UBND",
				LocalDate.of(2020, 5, 1), "UBND xã", "Hoàn thành xuất sắc nhiệm vụ"), Scope.all());
		FamilyMember f = people.add(pb.id(), HistoryKind.FAMILY, new FamilyMember(null, vn.canbo.people.FamilySide.SELF,
				"BO", "Trịnh Văn Cha", 1950, "Nông dân", false, null, false, 1), Scope.all());
		return new TwoCommunes(p.id(), a.id(), b.id(), b.name(), pa.id(), pb.id(), nameB, idB, pb.mainPosition().id(),
				s.id(), q == null ? 0 : q.id(), aw.id(), f.id(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/**
	 * Also a draft decision about B's person and a statistics population rooted at B
	 * (career and reports endpoints).
	 */
	public static TwoCommunes create(UnitService units, PersonService people, vn.canbo.career.DecisionService decisions,
			vn.canbo.reports.Populations populations, vn.canbo.imports.ImportService imports,
			vn.canbo.targets.Programmes programmes) {
		TwoCommunes t = create(units, people);
		long decision = decisions.create(
				vn.canbo.career.DecisionDraft.of(vn.canbo.career.DecisionType.TRANSFER, null, null, null,
						LocalDate.of(2026, 6, 1),
						List.of(vn.canbo.career.DecisionSubject.post(t.personB(), t.unitB(), "CHUYEN_VIEN", null))),
				Scope.all())
			.id();
		long population = populations
			.save(vn.canbo.reports.Population.adHoc(t.unitB(), null, vn.canbo.reports.Population.Conditions.NONE, null),
					Scope.all())
			.id();
		long job = importJobOfB(units, imports, t);
		// a programme of commune B (its title names B's unit, so a leak shows) with one
		// indicator
		var programme = programmes
			.save(new vn.canbo.targets.Programme(null, "KH-B-" + t.unitB(), "Kế hoạch " + t.unitBName(), t.unitBName(),
					t.unitB(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, 0, null), Scope.all());
		var indicator = programmes.saveIndicator(programme.id(),
				new vn.canbo.targets.Indicator(null, "KN", "Kết nạp", vn.canbo.targets.Indicator.Kind.COUNT_IN_PERIOD,
						vn.canbo.targets.Indicator.Direction.AT_LEAST, new BigDecimal("10"), null, null, null, null,
						true, "kết nạp", "đảng viên", null, 1),
				Scope.all());
		return new TwoCommunes(t.province(), t.unitA(), t.unitB(), t.unitBName(), t.personA(), t.personB(),
				t.personBName(), t.nationalIdB(), t.positionB(), t.salaryB(), t.qualificationB(), t.awardB(),
				t.familyB(), decision, population, job, programme.id(), indicator.id(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/**
	 * An import job uploaded by commune B's own officer, naming B's person (its rows must
	 * not reach A).
	 */
	private static long importJobOfB(UnitService units, vn.canbo.imports.ImportService imports, TwoCommunes t) {
		String codeB = units.find(t.unitB(), LocalDate.now()).orElseThrow().code();
		String csv = "Mã đơn vị công tác;Họ và tên khai sinh;Giới tính;Sinh ngày;Đối tượng;Chức vụ (ghi cụ thể);"
				+ "Giữ chức vụ từ ngày;Số CCCD\r\n" + codeB + ";" + t.personBName()
				+ ";Nữ;5/7/1990;Viên chức;Giáo viên;" + "01/09/2015;" + t.nationalIdB() + "\r\n";
		vn.canbo.security.CanboUser officerB = new vn.canbo.security.CanboUser(-2, "officer-b-" + t.unitB(), "{noop}x",
				"Officer B", vn.canbo.security.Role.ORG_OFFICER, java.util.Set.of(t.unitB()), true);
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContextHolder
			.setContext(new org.springframework.security.core.context.SecurityContextImpl(
					new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(officerB, null,
							officerB.getAuthorities())));
		try {
			long id = imports
				.upload("PERSONS", "xa-b.csv",
						new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						Scope.of(t.unitB()))
				.id();
			JobWait.await(imports::job, id);
			return id;
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Also an evaluation campaign of commune B (issue 15) with B's person as its subject
	 * (the evaluation endpoints).
	 */
	public TwoCommunes withEvaluation(vn.canbo.evaluation.Campaigns campaigns) {
		var c = campaigns.open(new vn.canbo.evaluation.NewCampaign("Đánh giá " + unitBName, unitB,
				vn.canbo.evaluation.PeriodKind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				vn.canbo.evaluation.CampaignKind.INDIVIDUAL, null, null), Scope.all());
		long subject = campaigns.subjects(c.id(), Scope.all())
			.stream()
			.filter(x -> x.personId() != null && x.personId() == personB)
			.findFirst()
			.orElseThrow()
			.id();
		return new TwoCommunes(province, unitA, unitB, unitBName, personA, personB, personBName, nationalIdB, positionB,
				salaryB, qualificationB, awardB, familyB, decisionB, populationB, importJobB, programmeB, indicatorB,
				c.id(), subject, courseB, enrolmentB, planB, candidateB, partyOrgB, partyMemberB, partyCandidateB,
				partyPlanB);
	}

	/**
	 * Also a training course organised by commune B with B's person enrolled (issue 16:
	 * the training endpoints).
	 */
	public TwoCommunes withTraining(vn.canbo.training.Courses courses) {
		var c = courses.create(new vn.canbo.training.CourseInput("SC-K-" + unitB, "Lớp bồi dưỡng " + unitBName,
				vn.canbo.training.CourseKind.TITLE_POSITION, null, null, unitB, "Trường Chính trị tỉnh", null, null,
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), null, null), Scope.all());
		long e = courses
			.send(new vn.canbo.training.Sending("SC-" + unitB + "/QĐ", LocalDate.of(2024, 2, 20), "UBND xã", c.id(),
					List.of(personB)), Scope.all())
			.get(0);
		return new TwoCommunes(province, unitA, unitB, unitBName, personA, personB, personBName, nationalIdB, positionB,
				salaryB, qualificationB, awardB, familyB, decisionB, populationB, importJobB, programmeB, indicatorB,
				campaignB, subjectB, c.id(), e, planB, candidateB, partyOrgB, partyMemberB, partyCandidateB,
				partyPlanB);
	}

	/**
	 * Also a succession plan of commune B with B's person as a candidate (issue 17: the
	 * planning endpoints).
	 */
	public TwoCommunes withPlanning(vn.canbo.planning.Plans plans) {
		var plan = plans.create(new vn.canbo.planning.PlanInput(unitB, "DANG_2025_2030",
				vn.canbo.planning.PlanKind.CURRENT, "QH-" + unitB + "-QĐ/ĐU", LocalDate.of(2025, 11, 1), "Đảng ủy xã",
				null, List.of("CHU_TICH_UBND", "PHO_CHU_TICH_UBND")), Scope.all());
		var c = plans
			.add(plan.id(),
					new vn.canbo.planning.CandidateInput("CHU_TICH_UBND", personB, LocalDate.of(2026, 1, 15),
							vn.canbo.planning.CandidateSource.INTERNAL, null, null, "kiểm tra phạm vi", null),
					Scope.all());
		return new TwoCommunes(province, unitA, unitB, unitBName, personA, personB, personBName, nationalIdB, positionB,
				salaryB, qualificationB, awardB, familyB, decisionB, populationB, importJobB, programmeB, indicatorB,
				campaignB, subjectB, courseB, enrolmentB, plan.id(), c.id(), partyOrgB, partyMemberB, partyCandidateB,
				partyPlanB);
	}

	/**
	 * Also Party organisations of commune B (a commune committee with a chi bộ), B's
	 * person as a party member of it and a candidate proposed by it (issue 18: the party
	 * endpoints). The candidate carries B's person's name, so a leak shows.
	 */
	public TwoCommunes withParty(vn.canbo.party.PartyOrgs orgs, vn.canbo.party.PartyMembers members,
			vn.canbo.party.Admissions admissions, vn.canbo.party.PartyPlans plans) {
		var committee = orgs.create(
				new vn.canbo.party.PartyOrg.Input("SC-DB-" + unitB, "Đảng bộ " + unitBName,
						vn.canbo.party.OrgLevel.COMMUNE, vn.canbo.party.PlaceKind.TERRITORIAL, null, unitB, FOUNDED),
				Scope.all());
		var cell = orgs.create(new vn.canbo.party.PartyOrg.Input("SC-CB-" + unitB, "Chi bộ " + unitBName,
				vn.canbo.party.OrgLevel.GRASSROOTS_CELL, vn.canbo.party.PlaceKind.RESIDENTIAL, committee.id(), unitB,
				FOUNDED), Scope.all());
		var member = members.create(new vn.canbo.party.PartyMember.Input(null, personB, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, cell.id(), LocalDate.of(2015, 3, 2),
				LocalDate.of(2015, 3, 20), LocalDate.of(2016, 3, 20), null, null), Scope.all());
		var candidate = admissions.register(new vn.canbo.party.Candidate.Input(cell.id(), null, null,
				personBName + " Con", "FEMALE", LocalDate.of(2000, 2, 2), null, null, "THPT", null, null,
				vn.canbo.party.PlaceKind.RESIDENTIAL, LocalDate.of(2025, 3, 1)), Scope.all());
		// an admission plan of B's committee (party3: the plans' endpoints)
		var plan = plans.create(new vn.canbo.party.AdmissionPlan.Input(committee.id(), 2026, 2026,
				"Kế hoạch kết nạp " + unitBName, 10, null, null, List.of()), Scope.all());
		return new TwoCommunes(province, unitA, unitB, unitBName, personA, personB, personBName, nationalIdB, positionB,
				salaryB, qualificationB, awardB, familyB, decisionB, populationB, importJobB, programmeB, indicatorB,
				campaignB, subjectB, courseB, enrolmentB, planB, candidateB, cell.id(), member.id(), candidate.id(),
				plan.id());
	}

	/** The name parts must be words: digits of the random key mapped to letters. */
	private static String letters(String k) {
		StringBuilder sb = new StringBuilder();
		for (char c : k.toCharArray()) {
			sb.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
		}
		return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
	}

	/** What must never appear in an answer to commune A's officer. */
	public List<String> secrets() {
		return List.of(personBName, unitBName, nationalIdB);
	}

	/**
	 * A fingerprint of everything of B: its dossier and histories, its unit versions,
	 * children, quotas, links.
	 */
	public String state(JdbcClient jdbc) {
		StringBuilder sql = new StringBuilder("select md5(coalesce((select string_agg(x, '|' order by x) from (")
			.append("select cast(to_jsonb(p) as text) x from person p where p.id = :p");
		for (String t : List.of("person_position", "person_salary", "person_qualification", "person_training",
				"person_work_history", "person_award", "person_discipline", "person_family", "person_history_note",
				"person_mass_org", "person_retirement_category")) {
			sql.append(" union all select cast(to_jsonb(t) as text) from ")
				.append(t)
				.append(" t where t.person_id = :p");
		}
		sql.append(" union all select cast(to_jsonb(t) as text) from person_position t where t.unit_id = :u")
			.append(" union all select cast(to_jsonb(v) as text) from org_unit_version v where v.unit_id = :u or v.parent_id = :u")
			.append(" union all select cast(to_jsonb(q) as text) from org_staffing_quota q where q.unit_id = :u")
			.append(" union all select cast(to_jsonb(l) as text) from org_restructuring_link l where l.predecessor_id = :u or l.successor_id = :u")
			.append(" union all select cast(to_jsonb(e) as text) from evaluation_subject e where e.person_id = :p or e.unit_id = :u")
			.append(" union all select cast(to_jsonb(c) as text) from evaluation_campaign c where c.root_unit_id = :u")
			.append(" union all select cast(to_jsonb(t) as text) from evaluation_step t join evaluation_subject e on e.id = t.subject_id where e.person_id = :p or e.unit_id = :u")
			.append(" union all select cast(to_jsonb(e) as text) from training_enrolment e where e.person_id = :p")
			.append(" union all select cast(to_jsonb(c) as text) from training_course c where c.unit_id = :u")
			.append(" union all select cast(to_jsonb(x) as text) from planning_plan x where x.unit_id = :u")
			.append(" union all select cast(to_jsonb(x) as text) from planning_plan_title x join planning_plan y on y.id = x.plan_id where y.unit_id = :u")
			.append(" union all select cast(to_jsonb(x) as text) from planning_candidate x where x.person_id = :p")
			.append(" union all select cast(to_jsonb(v) as text) from planning_vote v join planning_candidate x on x.id = v.candidate_id where x.person_id = :p")
			.append(" union all select cast(to_jsonb(x) as text) from party_org x where x.unit_id = :u or x.parent_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_member x where x.person_id = :p or x.current_org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_member_status x join party_member m on m.id = x.member_id where m.current_org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_member_activity x join party_member m on m.id = x.member_id where m.current_org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_member_card x join party_member m on m.id = x.member_id where m.current_org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_member_exemption x join party_member m on m.id = x.member_id where m.current_org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_candidate x where x.org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_candidate_step x join party_candidate c on c.id = x.candidate_id where c.org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_admission_plan x where x.org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_admission_subtarget x join party_admission_plan y on y.id = x.plan_id where y.org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_org_name x where x.org_id in (select id from party_org where unit_id = :u)")
			.append(" union all select cast(to_jsonb(x) as text) from party_arrival x where x.to_org_id in (select id from party_org where unit_id = :u)")
			.append(") s), ''))");
		return jdbc.sql(sql.toString()).param("p", personB).param("u", unitB).query(String.class).single();
	}
}
