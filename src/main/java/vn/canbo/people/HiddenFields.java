package vn.canbo.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.RecordValues;

/**
 * A caller never changes what it may not see (issue 12, point 8). Without SENSITIVE_READ
 * a write keeps the stored value of every hidden field, whatever the body says: the
 * sensitive dossier fields ({@link DossierField#sensitive()}: a read-modify-write of a
 * masked dossier, or a body that leaves them out or sets them, changes none of them) and
 * the parts of a history entry its kind's mask hides (a relative's political history)
 * when the entry is corrected. Hidden values in a body are ignored rather than refused,
 * so that a dossier read masked (national ID "0*********12") can be written back as it
 * was read. Creating a dossier or adding an entry changes nothing stored and stays as it
 * was. An entry of a kind hidden as a whole (history notes) cannot be corrected, ended or
 * deleted by such a caller: it does not exist for them, as on the pages (404).
 */
final class HiddenFields {

	private HiddenFields() {
	}

	/** {@code incoming} with every sensitive field taken from {@code stored}. */
	static PersonData keep(PersonData stored, PersonData incoming) {
		Map<String, Object> kept = new HashMap<>(RecordValues.of(incoming));
		Map<String, Object> old = RecordValues.of(stored);
		for (DossierField f : DossierFields.ALL) {
			if (f.sensitive()) {
				kept.put(f.name(), old.get(f.name()));
			}
		}
		return DossierFields.data(kept);
	}

	/**
	 * The replacement of a stored entry for a caller who may not see what {@code kind}
	 * masks: the components its mask hides keep the stored entry's values.
	 */
	static <T extends Record> T keep(HistoryKind<T> kind, T stored, T incoming) {
		requireVisible(kind);
		if (incoming == null) {
			return null;
		}
		Map<String, Object> in = RecordValues.of(incoming);
		Map<String, Object> inMasked = RecordValues.of(kind.mask(incoming));
		Map<String, Object> old = RecordValues.of(stored);
		Map<String, Object> oldMasked = RecordValues.of(kind.mask(stored));
		Map<String, Object> kept = new HashMap<>(in);
		for (String c : in.keySet()) {
			if (!Objects.equals(in.get(c), inMasked.get(c)) || !Objects.equals(old.get(c), oldMasked.get(c))) {
				kept.put(c, old.get(c));
			}
		}
		@SuppressWarnings("unchecked")
		Class<T> type = (Class<T>) incoming.getClass();
		return RecordValues.create(type, kept);
	}

	/** A kind hidden as a whole does not exist for a caller who may not see it. */
	static void requireVisible(HistoryKind<?> kind) {
		if (kind.sensitive()) {
			throw new NotFoundException(Messages.text("people.history.noSection", kind.segment()));
		}
	}

}
