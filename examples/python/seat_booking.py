"""The application code under test: books invitees into a Cvent session over SOAP, logging in again once when
Cvent says the session expired (CV10105)."""
import re
import urllib.error
import urllib.request
from xml.sax.saxutils import escape

TNS = "http://api.cvent.com/2006-11"


def _post(url, operation, body, header=""):
    envelope = ('<?xml version="1.0" encoding="utf-8"?>'
                '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
                f'<soap:Header>{header}</soap:Header><soap:Body>{body}</soap:Body></soap:Envelope>')
    request = urllib.request.Request(url, data=envelope.encode(), headers={
        "Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{TNS}/{operation}"'})
    try:
        with urllib.request.urlopen(request) as response:
            return response.read().decode()
    except urllib.error.HTTPError as error:
        return error.read().decode()


class SeatBooker:
    def __init__(self, url, account, user, password):
        self.url, self.account, self.user, self.password = url, account, user, password
        self.session = None

    def _login(self):
        reply = _post(self.url, "Login", f'<Login xmlns="{TNS}"><AccountNumber>{escape(self.account)}</AccountNumber>'
                      f'<UserName>{escape(self.user)}</UserName><Password>{escape(self.password)}</Password></Login>')
        self.session = re.search(r'CventSessionHeader="([^"]+)"', reply).group(1)

    def book(self, session_id, invitee_ids):
        """Returns {invitee_id: error_code} for the invitees Cvent refused."""
        for attempt in (1, 2):
            if self.session is None:
                self._login()
            items = "".join(f'<CvInvitee Id="{escape(i)}" />' for i in invitee_ids)
            reply = _post(self.url, "SessionRegAction",
                          f'<SessionRegAction xmlns="{TNS}"><CvInvitees SessionRegActionType="Register" '
                          f'ProductId="{escape(session_id)}">{items}</CvInvitees></SessionRegAction>',
                          f'<CventSessionHeader xmlns="{TNS}"><CventSessionValue>{self.session}</CventSessionValue></CventSessionHeader>')
            if "CV10105" in reply and attempt == 1:
                self.session = None
                continue
            refused = {}
            for item in re.finditer(r'<SessionRegActionResult Id="([^"]+)"[^>]*Success="false"[^>]*>.*?Code="([^"]+)"', reply, re.S):
                refused[item.group(1)] = item.group(2)
            return refused
