package vn.canbo.career.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionSigning;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;

/** The HTML form of a draft decision (bound by Spring MVC; subjects[i].field). */
public class DecisionForm {

	private Long id;

	private Integer version;

	private DecisionType type;

	private String number;

	private LocalDate signedOn;

	private String issuer;

	private String signer;

	private LocalDate effectiveOn;

	private LocalDate endOn;

	private LocalDate referenceOn;

	private Long targetDecisionId;

	private String note;

	private List<SubjectForm> subjects = new ArrayList<>();

	// the document's signing details (DecisionSigning)
	private String place;

	private String proposer;

	private DecisionSigning.Authority signingAuthority;

	private String signerTitle;

	private String recipients;

	/** One person of the decision (its fields: {@link SubjectFields}). */
	public static class SubjectForm extends SubjectFields {

		static SubjectForm of(DecisionSubject s) {
			SubjectForm f = new SubjectForm();
			f.fill(s);
			return f;
		}

	}

	DecisionDraft toDraft() {
		List<DecisionSubject> list = subjects.stream().filter(s -> !s.blank()).map(SubjectForm::toSubject).toList();
		return new DecisionDraft(type, number, signedOn, issuer, signer, effectiveOn, endOn, referenceOn,
				targetDecisionId, note, list,
				new DecisionSigning(place, proposer, signingAuthority, signerTitle, DecisionSigning.lines(recipients)));
	}

	static DecisionForm of(Decision d) {
		DecisionForm f = new DecisionForm();
		f.id = d.id();
		f.version = d.version();
		f.type = d.type();
		f.number = d.number();
		f.signedOn = d.signedOn();
		f.issuer = d.issuer();
		f.signer = d.signer();
		f.effectiveOn = d.effectiveOn();
		f.endOn = d.endOn();
		f.referenceOn = d.referenceOn();
		f.targetDecisionId = d.targetDecisionId();
		f.note = d.note();
		f.subjects = new ArrayList<>(d.subjects().stream().map(SubjectForm::of).toList());
		f.place = d.signing().place();
		f.proposer = d.signing().proposer();
		f.signingAuthority = d.signing().authority();
		f.signerTitle = d.signing().signerTitle();
		f.recipients = d.signing().recipientText();
		return f;
	}

	public Long getId() {
		return id;
	}

	public void setId(Long v) {
		id = v;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer v) {
		version = v;
	}

	public DecisionType getType() {
		return type;
	}

	public void setType(DecisionType v) {
		type = v;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String v) {
		number = v;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate v) {
		signedOn = v;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String v) {
		issuer = v;
	}

	public String getSigner() {
		return signer;
	}

	public void setSigner(String v) {
		signer = v;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(LocalDate v) {
		effectiveOn = v;
	}

	public LocalDate getEndOn() {
		return endOn;
	}

	public void setEndOn(LocalDate v) {
		endOn = v;
	}

	public LocalDate getReferenceOn() {
		return referenceOn;
	}

	public void setReferenceOn(LocalDate v) {
		referenceOn = v;
	}

	public Long getTargetDecisionId() {
		return targetDecisionId;
	}

	public void setTargetDecisionId(Long v) {
		targetDecisionId = v;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String v) {
		note = v;
	}

	public List<SubjectForm> getSubjects() {
		return subjects;
	}

	public void setSubjects(List<SubjectForm> v) {
		subjects = v;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String v) {
		place = v;
	}

	public String getProposer() {
		return proposer;
	}

	public void setProposer(String v) {
		proposer = v;
	}

	public DecisionSigning.Authority getSigningAuthority() {
		return signingAuthority;
	}

	public void setSigningAuthority(DecisionSigning.Authority v) {
		signingAuthority = v;
	}

	public String getSignerTitle() {
		return signerTitle;
	}

	public void setSignerTitle(String v) {
		signerTitle = v;
	}

	public String getRecipients() {
		return recipients;
	}

	public void setRecipients(String v) {
		recipients = v;
	}

}
