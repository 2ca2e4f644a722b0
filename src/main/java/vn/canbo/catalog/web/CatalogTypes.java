package vn.canbo.catalog.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;

/**
 * Catalog types in URLs (case-insensitive) and their labels from
 * {@code i18n/catalog.properties}.
 */
@Component
class CatalogTypes {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final MessageSource messages;

	CatalogTypes(MessageSource messages) {
		this.messages = messages;
	}

	static CatalogType parse(String type) {
		if (type != null) {
			for (CatalogType t : CatalogType.values()) {
				if (t.name().equalsIgnoreCase(type.strip())) {
					return t;
				}
			}
		}
		throw new NotFoundException(Messages.text("catalog.error.unknownType", type));
	}

	String label(CatalogType t, Locale locale) {
		return messages.getMessage("catalog.type." + t.name(), null, t.name(), locale);
	}

}
