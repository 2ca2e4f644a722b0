package vn.canbo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.party.AdmissionPlan;
import vn.canbo.party.OrgLevel;
import vn.canbo.party.PartyOrg;
import vn.canbo.party.PartyOrgs;
import vn.canbo.party.PartyPlans;
import vn.canbo.shared.Scope;

/**
 * The demo locality's Party (issue 18): before the reform 16 commune Party committees
 * with their cells, after it the 5 new ones with every member moved; most members not
 * cadres, the secretaries linked to their dossiers; candidates at several steps; the
 * plans with their achievement.
 */
@WithDemoLocality
@Transactional
class DemoPartyTest {

	@Autowired
	GeneratedDemo demo;

	@Autowired
	PartyOrgs orgs;

	@Autowired
	PartyPlans plans;

	@Autowired
	JdbcClient jdbc;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void thePartyOfTheDemoLocality() {
		List<PartyOrg> before = orgs.tree(Scope.all(), DemoDataGenerator.BEFORE_REFORM);
		assertThat(before.stream().filter(o -> o.level() == OrgLevel.COMMUNE)).hasSize(16);
		List<PartyOrg> after = orgs.tree(Scope.all(), LocalDate.now());
		assertThat(after.stream().filter(o -> o.level() == OrgLevel.COMMUNE)).hasSize(5);
		PartyOrg province = after.stream().filter(o -> o.level() == OrgLevel.PROVINCE).findFirst().orElseThrow();
		assertThat(province.membersInSubtree()).isBetween(250L, 500L);
		// the same members before the reform, under the 16 old communes
		assertThat(before.get(0).level()).isEqualTo(OrgLevel.PROVINCE);
		assertThat(before.get(0).membersInSubtree()).isBetween(240L, province.membersInSubtree());
		// every member moved on 1/7/2025: none left active in a dissolved organisation
		assertThat(jdbc.sql("""
				select o.code || ' ' || o.valid_from || ' ' || o.valid_to || ' ' || a.valid_from
				from party_member_activity a join party_org o on o.id = a.org_id
				where a.valid_to is null and o.valid_to is not null and o.code like 'CB-%' limit 5""")
			.query(String.class)
			.list()).isEmpty();
		long linked = count("select count(*) from party_member where person_id is not null");
		assertThat(linked).isBetween(10L, 16L);
		assertThat(count("select count(*) from party_member")).isGreaterThan(linked * 10);
		assertThat(count("select count(*) from party_candidate")).isGreaterThanOrEqualTo(9);
		assertThat(count("select count(*) from party_candidate where member_id is not null")).isGreaterThan(0);
		List<AdmissionPlan> ps = plans.list(Scope.all());
		assertThat(ps).isNotEmpty();
		AdmissionPlan.Achievement a = plans.achievement(ps.get(ps.size() - 1).id(), Scope.all(), LocalDate.now());
		assertThat(a.phrase()).startsWith("kết nạp ");
	}

}
