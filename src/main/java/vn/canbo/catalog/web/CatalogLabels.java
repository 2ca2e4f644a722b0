package vn.canbo.catalog.web;

import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;

/**
 * Catalog names for every template, as {@code ${@labels.of('TITLE', code)}}: pages show
 * the catalog's name (Phó Giám đốc), never its code (PHO_GIAM_DOC); an unknown code is
 * shown as it is. In the page's language: the item's English name on an English page when
 * it has one (issue 20 point 12).
 */
@Component("labels")
public class CatalogLabels {

	private final Catalogs catalogs;

	CatalogLabels(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	public String of(String type, String code) {
		return code == null || code.isBlank() ? ""
				: catalogs.find(CatalogType.valueOf(type), code)
					.map(i -> i.label(vn.canbo.shared.Messages.locale()))
					.orElse(code);
	}

}
