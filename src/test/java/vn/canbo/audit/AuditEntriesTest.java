package vn.canbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.catalog.CatalogAdmin;
import vn.canbo.catalog.CatalogType;
import vn.canbo.org.UnitService;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.security.UserAccounts;
import vn.canbo.security.scope.EndpointScopeChecker;
import vn.canbo.security.scope.TwoCommunes;
import vn.canbo.shared.Scope;

/**
 * The audit entries of each kind of action, made through the real endpoints: create,
 * update (changed fields only), delete, history add/correct/end/delete, restructure,
 * quota, catalog, export, view, view sensitive, login and failed login; and that neither
 * the audit log nor the personnel and organisation history can be hard-deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditEntriesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	AuditLog audit;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	TwoCommunes f;

	RequestPostProcessor officer;

	@BeforeEach
	void fixture() {
		f = TwoCommunes.create(units, people);
		officer = TestUsers.officer(f.unitA());
	}

	List<AuditEntry> entries(AuditAction action, String entityType, String entityId) {
		return audit.search(new AuditFilter(null, null, entityType, entityId, action, null, null), 0, 50).items();
	}

	List<AuditEntry> ofPerson(long personId, AuditAction action) {
		return audit.search(new AuditFilter(null, personId, null, null, action, null, null), 0, 50).items();
	}

	JsonNode tree(String s) {
		return s == null ? null : json.readTree(s);
	}

	@Test
	void createViewUpdateAndDeleteOfADossier() throws Exception {
		String name = "Phan Văn Kiểmtoán";
		String nid = PeopleTestData.nationalId();
		String location = mvc
			.perform(post("/api/v1/persons").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(PeopleTestData.newPerson(name, nid, f.unitA()))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		AuditEntry created = entries(AuditAction.CREATE, "person", String.valueOf(id)).get(0);
		assertThat(created.username()).isEqualTo("org_officer-test");
		assertThat(created.personId()).isEqualTo(id);
		assertThat(tree(created.after()).at("/data/fullName").asString()).isEqualTo(name);
		assertThat(tree(created.after()).at("/mainPosition/unitId").asLong()).isEqualTo(f.unitA());

		// view: the officer sees sensitive fields (VIEW + VIEW_SENSITIVE), the clerk only
		// a masked dossier (VIEW)
		mvc.perform(get("/api/v1/persons/" + id).with(officer)).andExpect(status().isOk());
		assertThat(ofPerson(id, AuditAction.VIEW)).hasSize(1);
		assertThat(ofPerson(id, AuditAction.VIEW_SENSITIVE)).singleElement()
			.satisfies(e -> assertThat(tree(e.after()).at("/viewed").asString()).contains("nationalId"));
		mvc.perform(get("/api/v1/persons/" + id).with(TestUsers.as(Role.CLERK, f.unitA()))).andExpect(status().isOk());
		assertThat(ofPerson(id, AuditAction.VIEW)).hasSize(2)
			.first()
			.satisfies(e -> assertThat(e.username()).isEqualTo("clerk-test"));
		assertThat(ofPerson(id, AuditAction.VIEW_SENSITIVE)).hasSize(1);
		// a refused view (out of scope) records nothing
		mvc.perform(get("/api/v1/persons/" + id).with(TestUsers.officer(f.unitB()))).andExpect(status().isNotFound());
		assertThat(ofPerson(id, AuditAction.VIEW)).hasSize(2);
		// the 2C dossier page is a view too
		mvc.perform(get("/persons/" + id).with(officer)).andExpect(status().isOk());
		assertThat(ofPerson(id, AuditAction.VIEW)).hasSize(3);
		assertThat(ofPerson(id, AuditAction.VIEW_SENSITIVE)).hasSize(2);
		mvc.perform(get("/persons/" + id).with(TestUsers.officer(f.unitB()))).andExpect(status().isNotFound());
		assertThat(ofPerson(id, AuditAction.VIEW)).hasSize(3);

		// update: only the changed field, before and after
		PersonView v = people.get(id, null, Scope.all());
		mvc.perform(put("/api/v1/persons/" + id).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(
					Map.of("version", v.version(), "data", PeopleTestData.with(v.data(), "phone", "0977000111")))))
			.andExpect(status().isOk());
		AuditEntry updated = entries(AuditAction.UPDATE, "person", String.valueOf(id)).get(0);
		assertThat(tree(updated.before()).propertyNames()).containsExactly("phone");
		assertThat(tree(updated.before()).get("phone").asString()).isEqualTo(v.data().phone());
		assertThat(tree(updated.after()).get("phone").asString()).isEqualTo("0977000111");

		// delete: a recorded state, and an audit entry
		mvc.perform(delete("/api/v1/persons/" + id).param("reason", "Nghỉ hưu, chuyển hồ sơ lưu trữ").with(officer))
			.andExpect(status().isNoContent());
		AuditEntry deleted = entries(AuditAction.DELETE, "person", String.valueOf(id)).get(0);
		assertThat(tree(deleted.after()).get("reason").asString()).isEqualTo("Nghỉ hưu, chuyển hồ sơ lưu trữ");
		assertThat(jdbc.sql("select count(*) from person where id = ? and deleted_at is not null")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void historyEntriesAddCorrectEndAndDelete() throws Exception {
		long p = f.personA();
		String award = mvc
			.perform(post("/api/v1/persons/" + p + "/awards").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2023,\"formCode\":\"GIAY_KHEN\",\"reason\":\"Lao động tiên tiến\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long awardId = tree(award).get("id").asLong();
		assertThat(entries(AuditAction.CREATE, "person_award", String.valueOf(awardId))).singleElement()
			.satisfies(e -> {
				assertThat(e.personId()).isEqualTo(p);
				assertThat(tree(e.after()).get("reason").asString()).isEqualTo("Lao động tiên tiến");
			});

		String corrected = mvc
			.perform(put("/api/v1/persons/" + p + "/awards/" + awardId).with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2023,\"formCode\":\"GIAY_KHEN\",\"reason\":\"Chiến sĩ thi đua cơ sở\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long newId = tree(corrected).get("id").asLong();
		assertThat(entries(AuditAction.UPDATE, "person_award", String.valueOf(newId))).singleElement().satisfies(e -> {
			assertThat(tree(e.before()).get("id").asLong()).isEqualTo(awardId);
			assertThat(tree(e.before()).get("reason").asString()).isEqualTo("Lao động tiên tiến");
			assertThat(tree(e.after()).get("reason").asString()).isEqualTo("Chiến sĩ thi đua cơ sở");
			assertThat(tree(e.after()).get("replaces_id").asLong()).isEqualTo(awardId);
		});

		mvc.perform(delete("/api/v1/persons/" + p + "/awards/" + newId).param("reason", "Nhập trùng").with(officer))
			.andExpect(status().isNoContent());
		assertThat(entries(AuditAction.DELETE, "person_award", String.valueOf(newId))).singleElement()
			.satisfies(e -> assertThat(tree(e.after()).get("delete_reason").asString()).isEqualTo("Nhập trùng"));

		String salary = mvc
			.perform(post("/api/v1/persons/" + p + "/salaries").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"rankCode\":\"01.003\",\"step\":2,\"validFrom\":\"2015-01-01\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long salaryId = tree(salary).get("id").asLong();
		mvc.perform(post("/api/v1/persons/" + p + "/salaries/" + salaryId + "/end").param("date", "2018-01-01")
			.with(officer)).andExpect(status().isNoContent());
		assertThat(entries(AuditAction.UPDATE, "person_salary", String.valueOf(salaryId))).singleElement()
			.satisfies(e -> {
				assertThat(tree(e.before()).get("valid_to").isNull()).isTrue();
				assertThat(tree(e.after()).get("valid_to").asString()).isEqualTo("2018-01-01");
			});
	}

	@Test
	void exportRestructureUnitAndQuota() throws Exception {
		mvc.perform(get("/api/v1/persons/export.xlsx").param("unitId", String.valueOf(f.unitA())).with(officer))
			.andExpect(status().isOk());
		AuditEntry export = entries(AuditAction.EXPORT, "person", null).get(0);
		assertThat(export.username()).isEqualTo("org_officer-test");
		assertThat(tree(export.after()).get("rows").asLong()).isEqualTo(1);
		assertThat(tree(export.after()).at("/criteria/unitId").asLong()).isEqualTo(f.unitA());
		assertThat(tree(export.after()).get("sensitiveColumns").asBoolean()).isTrue();

		String k = UUID.randomUUID().toString().substring(0, 6);
		String unit = mvc
			.perform(post("/api/v1/units").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"AU-" + k + "\",\"name\":\"Thôn Kiểm " + k
						+ "\",\"typeCode\":\"THON\",\"level\":\"HAMLET\"," + "\"parentId\":" + f.unitA()
						+ ",\"validFrom\":\"2020-01-01\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long unitId = tree(unit).get("id").asLong();
		assertThat(entries(AuditAction.CREATE, "org_unit", String.valueOf(unitId))).singleElement()
			.satisfies(e -> assertThat(tree(e.after()).get("name").asString()).isEqualTo("Thôn Kiểm " + k));

		String result = mvc
			.perform(post("/api/v1/restructurings").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"RENAME\",\"unitId\":" + unitId + ",\"name\":\"Thôn Mới " + k
						+ "\",\"effectiveDate\":\"2025-07-01\",\"decisionNumber\":\"9/QĐ-UBND\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long rid = tree(result).get("restructuringId").asLong();
		assertThat(entries(AuditAction.RESTRUCTURE, "org_restructuring", String.valueOf(rid))).singleElement()
			.satisfies(e -> {
				assertThat(tree(e.before()).at("/units/0/name").asString()).isEqualTo("Thôn Kiểm " + k);
				assertThat(tree(e.after()).at("/units/0/name").asString()).isEqualTo("Thôn Mới " + k);
				assertThat(tree(e.after()).get("kind").asString()).isEqualTo("RENAME");
				assertThat(tree(e.after()).get("decisionNumber").asString()).isEqualTo("9/QĐ-UBND");
			});

		mvc.perform(put("/api/v1/units/" + unitId + "/quotas/2024").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"quota\":3}")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/units/" + unitId + "/quotas/2024").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"quota\":4}")).andExpect(status().isOk());
		assertThat(entries(AuditAction.CREATE, "org_staffing_quota", unitId + "/2024")).hasSize(1);
		assertThat(entries(AuditAction.UPDATE, "org_staffing_quota", unitId + "/2024")).singleElement().satisfies(e -> {
			assertThat(tree(e.before()).get("quota").asInt()).isEqualTo(3);
			assertThat(tree(e.after()).get("quota").asInt()).isEqualTo(4);
		});
	}

	@Test
	@Transactional
	void catalogChanges(@Autowired CatalogAdmin catalogs) {
		String code = "AUD" + UUID.randomUUID().toString().substring(0, 6);
		catalogs.create(CatalogType.AWARD_FORM,
				new CatalogAdmin.NewItem(code, "Bằng khen thử", null, null, null, null, null, null));
		var edited = catalogs.edit(CatalogType.AWARD_FORM, code,
				new CatalogAdmin.ItemEdit("Bằng khen thử (sửa)", null, null, null, 0));
		catalogs.end(CatalogType.AWARD_FORM, code, LocalDate.of(2030, 1, 1), edited.version());
		String id = "AWARD_FORM/" + code;
		assertThat(entries(AuditAction.CREATE, "catalog_item", id)).hasSize(1);
		List<AuditEntry> updates = entries(AuditAction.UPDATE, "catalog_item", id);
		assertThat(updates).hasSize(2);
		assertThat(tree(updates.get(1).before()).get("name").asString()).isEqualTo("Bằng khen thử");
		assertThat(tree(updates.get(1).after()).get("name").asString()).isEqualTo("Bằng khen thử (sửa)");
		assertThat(tree(updates.get(0).after()).get("validTo").asString()).isEqualTo("2030-01-01");
	}

	@Test
	void loginAndFailedLogin(@Autowired UserAccounts users) throws Exception {
		String username = "au" + UUID.randomUUID().toString().substring(0, 8);
		users.create(username, "mat-khau-dung-1", "Người kiểm thử", Role.LEADER, List.of(f.unitA()));
		mvc.perform(post("/login").param("username", username).param("password", "sai-mat-khau").with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/login").param("username", username).param("password", "mat-khau-dung-1").with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<AuditEntry> mine = audit.search(new AuditFilter(username, null, null, null, null, null, null), 0, 10)
			.items();
		assertThat(mine).extracting(AuditEntry::action).containsExactly(AuditAction.LOGIN, AuditAction.LOGIN_FAILED);
	}

	@Test
	void noHardDeletePath() {
		// no endpoint changes or removes audit events
		assertThat(EndpointScopeChecker.endpoints(context)).filteredOn(e -> e.pattern().contains("audit"))
			.allSatisfy(e -> assertThat(e.method().name()).isEqualTo("GET"));
		// the service offers appends and reads only (readsWholeTree: whether a reader's
		// scope covers the whole tree)
		assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()))
			.map(Method::getName))
			.allMatch(n -> n.startsWith("record") || n.equals("search") || n.equals("forEach")
					|| n.equals("readsWholeTree"));
		// and the database refuses deletes of the log, the dossiers, their histories and
		// the organisation history
		long event = audit.record(AuditAction.UPDATE, "test", "x", null, null, null);
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(event).update()).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from person where id = ?").param(f.personB()).update()).rootCause()
			.hasMessageContaining("personnel history");
		for (String table : List.of("person_position", "person_salary", "person_award", "person_family")) {
			assertThatThrownBy(
					() -> jdbc.sql("delete from " + table + " where person_id = ?").param(f.personB()).update())
				.as(table)
				.rootCause()
				.hasMessageContaining("personnel history");
		}
		assertThatThrownBy(() -> jdbc.sql("delete from org_unit_version where unit_id = ?").param(f.unitB()).update())
			.rootCause()
			.hasMessageContaining("organisation history");
		assertThatThrownBy(() -> jdbc.sql("delete from org_unit where id = ?").param(f.unitB()).update()).rootCause()
			.hasMessageContaining("organisation history");
		assertThat(jdbc.sql("select count(*) from person where id = ?").param(f.personB()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theSameDayFlagDoesNotOpenCommittedHistory(
			@Autowired org.springframework.transaction.PlatformTransactionManager txm) {
		// the only allowed delete (RestructuringService.mergeBodies) covers rows written
		// by the current transaction only
		var tx = new org.springframework.transaction.support.TransactionTemplate(txm);
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			jdbc.sql("select set_config('canbo.replace_same_day_version', 'on', true)").query(String.class).single();
			jdbc.sql("delete from org_unit_version where unit_id = ?").param(f.unitB()).update();
		})).rootCause().hasMessageContaining("organisation history");
		assertThat(jdbc.sql("select count(*) from org_unit_version where unit_id = ?")
			.param(f.unitB())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
