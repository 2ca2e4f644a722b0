package vn.canbo.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Quản trị danh mục: adding entries, editing their names, order and attributes
 * (optimistic locking on {@code version}), ending and reopening their validity. Entries
 * are never deleted: codes stay resolvable for old records. Every change drops the list
 * from the read cache (now and after the transaction ends).
 */
@Service
public class CatalogAdmin {

	/** The first day of every list that has no explicit start. */
	public static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

	private static final Pattern CODE = Pattern.compile("[^\\s]{1,40}");

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	private static final Pattern INTEGER = Pattern.compile("\\d{1,4}");

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final CatalogService catalogs;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	CatalogAdmin(JdbcClient jdbc, ObjectMapper json, CatalogService catalogs, AuditLog audit,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.catalogs = catalogs;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * A new entry. {@code validFrom} null = {@link #BEGINNING}; {@code validTo} null =
	 * open.
	 */
	public record NewItem(String code, String name, String nameEn, Integer sortOrder, String parentCode,
			Map<String, String> attributes, LocalDate validFrom, LocalDate validTo) {
	}

	/** The editable part of an entry, with the version the user loaded. */
	public record ItemEdit(String name, String nameEn, Integer sortOrder, Map<String, String> attributes,
			Integer version) {
	}

	@Transactional
	public CatalogItem create(CatalogType catalog, NewItem item) {
		List<FieldError> errors = new ArrayList<>();
		String code = item.code() == null ? null : item.code().strip();
		if (code == null || code.isEmpty()) {
			errors.add(new FieldError("code", Messages.text("catalog.error.codeRequired")));
		}
		else if (code.length() > 40) {
			errors.add(new FieldError("code", Messages.text("catalog.error.codeTooLong"), code));
		}
		else if (!CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", Messages.text("catalog.error.codeBlank"), code));
		}
		else if (exists(catalog, code)) {
			errors.add(new FieldError("code", Messages.text("catalog.error.codeExists"), code));
		}
		String name = checkNames(item.name(), item.nameEn(), errors);
		LocalDate from = item.validFrom() == null ? BEGINNING : item.validFrom();
		if (item.validTo() != null && !item.validTo().isAfter(from)) {
			errors.add(new FieldError("validTo", Messages.text("catalog.error.validToBeforeFrom"), item.validTo()));
		}
		String parent = VietnameseText.clean(item.parentCode());
		if (parent != null) {
			CatalogType parentCatalog = catalog.parentCatalog();
			if (parent.equals(code) && parentCatalog == catalog) {
				errors.add(new FieldError("parentCode", Messages.text("catalog.error.parentIsSelf"), parent));
			}
			else if (catalogs.find(parentCatalog, parent).isEmpty()) {
				errors.add(new FieldError("parentCode", Messages.text("catalog.error.parentUnknown", parentCatalog),
						parent));
			}
		}
		Map<String, String> attributes = checkAttributes(catalog, item.attributes(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		int order = item.sortOrder() != null ? item.sortOrder() : nextOrder(catalog);
		try {
			jdbc.sql(
					"""
							insert into catalog_item (catalog, code, name, name_en, sort_order, parent_code, attributes, valid_from, valid_to)
							values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
				.params(catalog.name(), code, name, VietnameseText.clean(item.nameEn()), order, parent,
						json.writeValueAsString(attributes), from, item.validTo())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ValidationException("code", Messages.text("catalog.error.codeExists"));
		}
		catalogs.evict(catalog);
		CatalogItem created = load(catalog, code);
		audit.record(AuditAction.CREATE, "catalog_item", entityId(catalog, code), null, null, created);
		events.publishEvent(new CatalogChanged(catalog));
		return created;
	}

	private static String entityId(CatalogType catalog, String code) {
		return catalog.name() + "/" + code;
	}

	/**
	 * Sửa: name, English name, order and attributes, if nobody changed the entry since
	 * {@code version}. A null sortOrder or attributes keeps the stored value; attributes
	 * given replace all stored ones.
	 */
	@Transactional
	public CatalogItem edit(CatalogType catalog, String code, ItemEdit edit) {
		CatalogItem current = load(catalog, code);
		List<FieldError> errors = new ArrayList<>();
		String name = checkNames(edit.name(), edit.nameEn(), errors);
		if (edit.version() == null) {
			errors.add(new FieldError("version", Messages.text("catalog.error.versionMissing")));
		}
		Map<String, String> attributes = checkAttributes(catalog,
				edit.attributes() == null ? current.attributes() : edit.attributes(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		int order = edit.sortOrder() != null ? edit.sortOrder() : current.sortOrder();
		int n = jdbc.sql("""
				update catalog_item set name = ?, name_en = ?, sort_order = ?, attributes = cast(? as jsonb),
				       version = version + 1
				where catalog = ? and code = ? and version = ?""")
			.params(name, VietnameseText.clean(edit.nameEn()), order, json.writeValueAsString(attributes),
					catalog.name(), code, edit.version())
			.update();
		return updated(catalog, code, n, current);
	}

	/**
	 * Kết thúc hiệu lực: the entry is valid until the day before {@code date}
	 * ({@code valid_to} is exclusive). {@code version} may be null (no lock check).
	 */
	@Transactional
	public CatalogItem end(CatalogType catalog, String code, LocalDate date, Integer version) {
		CatalogItem current = load(catalog, code);
		if (date == null) {
			throw new ValidationException("date", Messages.text("catalog.error.validToRequired"));
		}
		if (!date.isAfter(current.validFrom())) {
			throw new ValidationException(List.of(new FieldError("date",
					Messages.text("catalog.error.validToAfter", vn.canbo.shared.web.Formats.date(current.validFrom())),
					date)));
		}
		return setValidTo(catalog, code, date, version == null ? current.version() : version);
	}

	/** Mở lại: the entry is valid again without end. */
	@Transactional
	public CatalogItem reopen(CatalogType catalog, String code, Integer version) {
		CatalogItem current = load(catalog, code);
		return setValidTo(catalog, code, null, version == null ? current.version() : version);
	}

	private CatalogItem setValidTo(CatalogType catalog, String code, LocalDate validTo, int version) {
		CatalogItem before = load(catalog, code);
		int n = jdbc
			.sql("""
					update catalog_item set valid_to = ?, version = version + 1 where catalog = ? and code = ? and version = ?""")
			.params(validTo, catalog.name(), code, version)
			.update();
		return updated(catalog, code, n, before);
	}

	/**
	 * After an update of {@code n} rows (0: the version did not match): the cache is
	 * dropped, the change audited and announced; returns the entry as it is now.
	 */
	private CatalogItem updated(CatalogType catalog, String code, int n, CatalogItem before) {
		catalogs.evict(catalog);
		if (n == 0) {
			throw stale(code);
		}
		CatalogItem after = load(catalog, code);
		audit.record(AuditAction.UPDATE, "catalog_item", entityId(catalog, code), null, before, after);
		events.publishEvent(new CatalogChanged(catalog));
		return after;
	}

	private static ConcurrentEditException stale(String code) {
		return new ConcurrentEditException(Messages.text("catalog.error.stale", code));
	}

	/**
	 * The entry as stored now (not from the cache); 404 when the code is not in the list.
	 */
	private CatalogItem load(CatalogType catalog, String code) {
		catalogs.evict(catalog);
		return catalogs.find(catalog, code)
			.orElseThrow(() -> new NotFoundException(Messages.text("catalog.error.codeNotFound", code, catalog)));
	}

	private boolean exists(CatalogType catalog, String code) {
		return jdbc.sql("select count(*) from catalog_item where catalog = ? and code = ?")
			.params(catalog.name(), code)
			.query(Long.class)
			.single() > 0;
	}

	private int nextOrder(CatalogType catalog) {
		return jdbc.sql("select coalesce(max(sort_order), 0) + 10 from catalog_item where catalog = ?")
			.param(catalog.name())
			.query(Integer.class)
			.single();
	}

	private static String checkNames(String rawName, String rawNameEn, List<FieldError> errors) {
		String name = VietnameseText.clean(rawName);
		if (name == null) {
			errors.add(new FieldError("name", Messages.text("catalog.error.nameRequired")));
		}
		else if (name.length() > 300) {
			errors.add(new FieldError("name", Messages.text("catalog.error.nameTooLong"), name));
		}
		String nameEn = VietnameseText.clean(rawNameEn);
		if (nameEn != null && nameEn.length() > 300) {
			errors.add(new FieldError("nameEn", Messages.text("catalog.error.nameEnTooLong"), nameEn));
		}
		return name;
	}

	/**
	 * Attributes cleaned (keys trimmed, values NFC with single spaces) and checked per
	 * list; errors name {@code attributes.key}.
	 */
	private Map<String, String> checkAttributes(CatalogType catalog, Map<String, String> raw, List<FieldError> errors) {
		Map<String, String> a = new LinkedHashMap<>();
		if (raw != null) {
			raw.forEach((k, v) -> {
				String key = k == null ? "" : k.strip();
				String value = v == null ? "" : VietnameseText.clean(v) == null ? "" : VietnameseText.clean(v);
				if (key.isEmpty() || !CODE.matcher(key).matches()) {
					errors.add(new FieldError("attributes", Messages.text("catalog.error.attributeName"), k));
				}
				else {
					a.put(key, value);
				}
			});
		}
		switch (catalog) {
			case RANK -> {
				if (blank(a.get("payTable"))) {
					errors.add(new FieldError("attributes.payTable", Messages.text("catalog.error.payTableRequired")));
				}
				List<String> cs = CatalogService.splitList(a.get("coefficients"));
				if (cs.isEmpty()) {
					errors.add(new FieldError("attributes.coefficients",
							Messages.text("catalog.error.coefficientsRequired")));
				}
				else if (!cs.stream().allMatch(c -> NUMBER.matcher(c).matches())) {
					errors.add(new FieldError("attributes.coefficients",
							Messages.text("catalog.error.coefficientsFormat"), a.get("coefficients")));
				}
				else {
					List<BigDecimal> values = cs.stream().map(BigDecimal::new).toList();
					boolean increasing = values.get(0).signum() > 0;
					for (int i = 1; i < values.size(); i++) {
						increasing &= values.get(i).compareTo(values.get(i - 1)) > 0;
					}
					if (!increasing) {
						errors.add(new FieldError("attributes.coefficients",
								Messages.text("catalog.error.coefficientsOrder"), a.get("coefficients")));
					}
					else {
						a.put("coefficients", String.join(",", cs));
					}
				}
				String months = a.get("raiseMonths");
				if (blank(months) || !INTEGER.matcher(months).matches()) {
					errors.add(new FieldError("attributes.raiseMonths", Messages.text("catalog.error.stepMonths"),
							months));
				}
			}
			case TITLE -> {
				List<String> groups = CatalogService.splitList(a.get("groups"));
				List<String> unknown = groups.stream()
					.filter(g -> catalogs.find(CatalogType.TITLE_GROUP, g).isEmpty())
					.toList();
				if (!unknown.isEmpty()) {
					errors.add(new FieldError("attributes.groups",
							Messages.text("catalog.error.groupsUnknown", String.join(", ", unknown)), a.get("groups")));
				}
				a.put("groups", String.join(",", groups));
			}
			case ETHNICITY -> {
				String m = a.get("minority");
				if (!"true".equals(m) && !"false".equals(m)) {
					errors.add(new FieldError("attributes.minority", Messages.text("catalog.error.minorityFlag"), m));
				}
			}
			case DISCIPLINE_FORM -> {
				String s = a.get("severity");
				if (blank(s) || !INTEGER.matcher(s).matches() || Integer.parseInt(s) < 1) {
					errors.add(new FieldError("attributes.severity", Messages.text("catalog.error.severity"), s));
				}
			}
			default -> {
			}
		}
		return a;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
