"""Seed (cvent-seed.json), run the client code, verify the calls, inject a fault, reset (the fixture, per test)."""
from seat_booking import SeatBooker

WORKSHOP = "A1B2C3D4-0000-4000-8000-000000000002"
ADA = "10000000-0000-4000-8000-000000000001"
GRACE = "10000000-0000-4000-8000-000000000002"
LINUS = "10000000-0000-4000-8000-000000000003"


def booker(cvent):
    return SeatBooker(cvent.url, "BREAKOUTDEMO", "demo", "demo-password")


def test_books_until_the_workshop_is_full(cvent):
    assert booker(cvent).book(WORKSHOP, [ADA, GRACE, LINUS]) == {LINUS: "BO90202"}
    assert cvent.count(operation="SessionRegAction", fields={"ProductId": WORKSHOP, "Id": LINUS}) == 1
    assert cvent.count(operation="Login") == 1


def test_logs_in_again_when_the_session_expired(cvent):
    cvent.add_fault(operation="SessionRegAction", fault="CV10105", times=1)
    assert booker(cvent).book(WORKSHOP, [ADA]) == {}
    assert cvent.count(operation="Login") == 2
    assert cvent.count(resultCode="CV10105") == 1


def test_each_test_starts_from_the_seed(cvent):
    assert booker(cvent).book(WORKSHOP, [ADA, GRACE]) == {}
