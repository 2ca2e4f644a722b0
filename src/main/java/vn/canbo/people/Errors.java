package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Collects every problem of an input (field names prefixed for nested objects), then
 * throws them all at once.
 */
final class Errors {

	private final List<FieldError> list;

	private final String prefix;

	Errors() {
		this(new ArrayList<>(), "");
	}

	private Errors(List<FieldError> list, String prefix) {
		this.list = list;
		this.prefix = prefix;
	}

	/**
	 * A view that prefixes field names ("mainPosition.", "[3].") and adds to the same
	 * list.
	 */
	Errors nested(String p) {
		return new Errors(list, prefix + p);
	}

	private List<FieldError> target() {
		return list;
	}

	void add(String field, String message) {
		target().add(new FieldError(prefix + field, message));
	}

	void add(String field, String message, Object value) {
		target().add(new FieldError(prefix + field, message, value));
	}

	void require(String field, Object value, String label) {
		if (value == null || value instanceof String s && s.isBlank()) {
			add(field, Messages.text("people.v.required", label));
		}
	}

	/**
	 * A catalog code: unknown → "Mã dân tộc '99' không có trong danh mục"; outside its
	 * validity on the date → "… không còn (hoặc chưa) hiệu lực vào ngày dd/MM/yyyy".
	 */
	void code(Catalogs catalogs, String field, CatalogType type, String code, LocalDate on, String label) {
		if (code == null || code.isBlank()) {
			return;
		}
		java.util.Optional<CatalogItem> item = catalogs.find(type, code);
		if (item.isEmpty()) {
			add(field, Messages.text("people.v.codeUnknown", label, code), code);
		}
		else if (on != null && !item.get().validOn(on)) {
			add(field, Messages.text("people.v.codeNotValidOn", label, code, Dates.format(on)), code);
		}
	}

	boolean isEmpty() {
		return target().isEmpty();
	}

	List<FieldError> all() {
		return List.copyOf(target());
	}

	void throwIfAny() {
		if (!isEmpty()) {
			throw new ValidationException(all());
		}
	}

}
