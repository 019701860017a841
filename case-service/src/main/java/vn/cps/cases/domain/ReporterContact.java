package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import vn.cps.platform.sealing.SealedColumn;
import vn.cps.platform.text.VietnameseText;

/**
 * Who reported, for call-backs. Confidential (Law on Children Art. 33): shown only to the roles that
 * need it, never in events, sealed at rest.
 */
@Embeddable
public class ReporterContact {

    @Column(name = "reporter_name")
    @Convert(converter = SealedColumn.class)
    private String name;

    @Column(name = "reporter_phone")
    @Convert(converter = SealedColumn.class)
    private String phone;

    @Column(name = "reporter_address")
    @Convert(converter = SealedColumn.class)
    private String address;

    protected ReporterContact() {
    }

    public ReporterContact(String name, String phone, String address) {
        this.name = VietnameseText.nfc(name);
        this.phone = phone == null ? null : phone.replaceAll("[\\s.-]", "");
        this.address = VietnameseText.nfc(address);
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }
}
