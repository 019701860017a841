package vn.cps.notification.channel;

import org.jboss.logging.Logger;

/** The default: nothing is sent; the message id and length are logged (never the number or the text). */
public class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class);

    @Override
    public void send(String phone, String text, String messageId) {
        LOG.infof("SMS %s (%d characters) not sent: no SMS gateway is configured (cps.notification.sms.gateway=log)",
                messageId, text.length());
    }
}
