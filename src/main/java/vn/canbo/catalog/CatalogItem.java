package vn.canbo.catalog;

import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of a reference list. {@code validTo} is exclusive (the first day it no longer
 * applies).
 */
public record CatalogItem(CatalogType catalog, String code, String name, String nameEn, int sortOrder,
		String parentCode, Map<String, String> attributes, LocalDate validFrom, LocalDate validTo, int version) {

	public boolean validOn(LocalDate d) {
		return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
	}

	public String attribute(String key) {
		return attributes == null ? null : attributes.get(key);
	}

	public String label(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
	}
}
