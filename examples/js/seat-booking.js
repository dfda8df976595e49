// The application code under test: books invitees into a Cvent session over SOAP, logging in again once when
// Cvent says the session expired (CV10105).
'use strict';
const TNS = 'http://api.cvent.com/2006-11';
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

async function post(url, operation, body, header = '') {
  const envelope = '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">' +
    `<soap:Header>${header}</soap:Header><soap:Body>${body}</soap:Body></soap:Envelope>`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${TNS}/${operation}"` },
    body: envelope,
  });
  return response.text();
}

class SeatBooker {
  constructor(url, account, user, password) {
    Object.assign(this, { url, account, user, password, session: null });
  }

  async login() {
    const reply = await post(this.url, 'Login', `<Login xmlns="${TNS}"><AccountNumber>${xml(this.account)}</AccountNumber>` +
      `<UserName>${xml(this.user)}</UserName><Password>${xml(this.password)}</Password></Login>`);
    this.session = /CventSessionHeader="([^"]+)"/.exec(reply)[1];
  }

  /** Returns { inviteeId: errorCode } for the invitees Cvent refused. */
  async book(sessionId, inviteeIds) {
    for (let attempt = 1; ; attempt++) {
      if (!this.session) await this.login();
      const items = inviteeIds.map((id) => `<CvInvitee Id="${xml(id)}" />`).join('');
      const reply = await post(this.url, 'SessionRegAction',
        `<SessionRegAction xmlns="${TNS}"><CvInvitees SessionRegActionType="Register" ProductId="${xml(sessionId)}">${items}</CvInvitees></SessionRegAction>`,
        `<CventSessionHeader xmlns="${TNS}"><CventSessionValue>${this.session}</CventSessionValue></CventSessionHeader>`);
      if (reply.includes('CV10105') && attempt === 1) {
        this.session = null;
        continue;
      }
      const refused = {};
      for (const m of reply.matchAll(/<SessionRegActionResult Id="([^"]+)"[^>]*Success="false"[^>]*>[\s\S]*?Code="([^"]+)"/g)) {
        refused[m[1]] = m[2];
      }
      return refused;
    }
  }
}

module.exports = { SeatBooker };
