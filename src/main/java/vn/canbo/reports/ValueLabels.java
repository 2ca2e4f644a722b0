package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonCategory;

/** Vietnamese labels and the display order of the values of each dimension. */
@Component
public class ValueLabels {

	private final Catalogs catalogs;

	private final Units units;

	ValueLabels(Catalogs catalogs, Units units) {
		this.catalogs = catalogs;
		this.units = units;
	}

	/**
	 * Known values in display order (empty for unit dimensions, whose values come from
	 * the data).
	 */
	public Map<String, String> known(Dim dim) {
		Map<String, String> m = new LinkedHashMap<>();
		switch (dim) {
			case TOTAL -> m.put("ALL", "Tổng số");
			case GENDER -> {
				m.put("MALE", "Nam");
				m.put("FEMALE", "Nữ");
			}
			case AGE_BAND_PARTY -> {
				for (String b : Dimension.PARTY_BANDS) {
					m.put(b, switch (b) {
						case "<18" -> "Dưới 18";
						case ">60" -> "Trên 60";
						default -> b.replace("-", " – ");
					});
				}
			}
			case AGE_BAND_CIVIL -> {
				m.put("<=30", "Từ 30 trở xuống");
				m.put("31-40", "31 – 40");
				m.put("41-50", "41 – 50");
				m.put("51-60", "51 – 60");
				m.put(">60", "Trên 60 (chưa đến tuổi nghỉ hưu)");
				m.put("HUU", "Đủ tuổi nghỉ hưu");
			}
			case MINORITY -> {
				m.put("KINH", "Kinh");
				m.put("MINORITY", "Dân tộc thiểu số");
			}
			case HAS_RELIGION -> {
				m.put("YES", "Có tôn giáo");
				m.put("NO", "Không");
			}
			case PARTY -> {
				m.put("YES", "Đảng viên");
				m.put("NO", "Chưa là đảng viên");
			}
			case ETHNICITY -> catalog(m, CatalogType.ETHNICITY);
			case RELIGION -> catalog(m, CatalogType.RELIGION);
			case PROFESSIONAL -> catalog(m, CatalogType.PROFESSIONAL_LEVEL);
			case POLITICAL_THEORY -> catalog(m, CatalogType.POLITICAL_THEORY);
			case STATE_MANAGEMENT -> catalog(m, CatalogType.STATE_MANAGEMENT);
			case FOREIGN_LANGUAGE -> catalog(m, CatalogType.FOREIGN_LANGUAGE_LEVEL);
			case IT -> catalog(m, CatalogType.IT_LEVEL);
			case TITLE_GROUP -> catalog(m, CatalogType.TITLE_GROUP);
			case UNIT_TYPE -> catalog(m, CatalogType.UNIT_TYPE);
			case RANK_GROUP -> {
				m.put("CVCC", "Chuyên viên cao cấp và tương đương");
				m.put("CVC", "Chuyên viên chính và tương đương");
				m.put("CV", "Chuyên viên và tương đương");
				m.put("CS", "Cán sự và tương đương");
				m.put("NV", "Nhân viên");
				m.put("KHAC", "Khác");
			}
			case CATEGORY -> {
				for (PersonCategory c : PersonCategory.values()) {
					m.put(c.name(), c.label());
				}
			}
			case ADMIN_LEVEL -> {
				m.put(AdminLevel.PROVINCE.name(), "Cấp tỉnh");
				m.put(AdminLevel.DISTRICT.name(), "Cấp huyện (trước 1/7/2025)");
				m.put(AdminLevel.COMMUNE.name(), "Cấp xã");
				m.put(AdminLevel.HAMLET.name(), "Thôn, tổ dân phố");
			}
			default -> {
			}
		}
		if (dim != Dim.TOTAL && dim != Dim.GENDER && dim != Dim.AGE_BAND_PARTY && dim != Dim.AGE_BAND_CIVIL
				&& dim != Dim.CATEGORY && dim != Dim.PARTY && dim != Dim.HAS_RELIGION && dim != Dim.UNIT
				&& dim != Dim.SUBUNIT && dim != Dim.AGE) {
			m.put(Dimension.NONE, dim == Dim.MINORITY || dim == Dim.ETHNICITY ? "Chưa rõ" : "Không, chưa có");
		}
		return m;
	}

	/** "Small" dimensions show every known value even with zero counts. */
	public boolean showAll(Dim dim) {
		return switch (dim) {
			case TOTAL, GENDER, AGE_BAND_PARTY, AGE_BAND_CIVIL, MINORITY, HAS_RELIGION, PARTY, PROFESSIONAL,
					POLITICAL_THEORY, STATE_MANAGEMENT, RANK_GROUP, CATEGORY ->
				true;
			default -> false;
		};
	}

	/** Every recorded value ("*" in a layout): the known values except NONE. */
	public List<String> anyRecorded(Dim dim) {
		List<String> out = new ArrayList<>(known(dim).keySet());
		out.remove(Dimension.NONE);
		return out;
	}

	/**
	 * Labels of data values: known labels, unit names for unit dimensions, the key itself
	 * otherwise.
	 */
	public Map<String, String> labels(Dim dim, Collection<String> keys, LocalDate asOf) {
		Map<String, String> known = known(dim);
		Map<String, String> out = new LinkedHashMap<>();
		if (dim == Dim.UNIT || dim == Dim.SUBUNIT) {
			List<Long> ids = keys.stream()
				.filter(k -> k != null && !k.isEmpty() && k.chars().allMatch(Character::isDigit))
				.map(Long::valueOf)
				.toList();
			Map<Long, UnitView> found = units.findAll(ids, asOf);
			for (String k : keys) {
				UnitView u = k == null || k.isEmpty() ? null : found.get(Long.valueOf(k));
				out.put(k,
						u != null ? u.name() : (k == null || k.isEmpty() ? "Cơ quan cấp trên (trực thuộc)" : "#" + k));
			}
			return out;
		}
		if (dim == Dim.AGE) {
			keys.forEach(k -> out.put(k, k + " tuổi"));
			return out;
		}
		for (String k : keys) {
			out.put(k, known.getOrDefault(k, k));
		}
		return out;
	}

	private void catalog(Map<String, String> m, CatalogType type) {
		for (CatalogItem i : catalogs.list(type, null)) {
			m.put(i.code(), i.name());
		}
	}

}
