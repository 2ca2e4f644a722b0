package vn.canbo.people.web;

import java.time.LocalDate;
import vn.canbo.shared.Messages;

/**
 * The "Tại ngày" parameter of the list and the dossier, typed dd/MM/yyyy: its date (null
 * when blank or unreadable) and, when unreadable, the message saying so.
 */
record AsOf(LocalDate date, String error) {

	static AsOf read(String text) {
		if (text == null || text.isBlank()) {
			return new AsOf(null, null);
		}
		return FormBinder.date(text)
			.map(d -> new AsOf(d, null))
			.orElseGet(() -> new AsOf(null, Messages.text("people.asOfUnreadable", text)));
	}

}
