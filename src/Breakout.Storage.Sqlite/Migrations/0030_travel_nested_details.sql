-- Issue #17: the rows Cvent nests inside Travel's and EventDetail's details, which 0025 and 0026 did not keep: a hotel request's
-- nightly rates (HotelRoomRate), a booked itinerary's flights (FlightDetail) and a fee's general-ledger codes (GLCodes),
-- one column per attribute of the WSDL type (snake_case of its name; dates in Unix milliseconds, RoomRate in
-- ten-thousandths, as every amount), keyed by the detail row they are nested in. Rows come in with the import, unique on
-- that row and the fields that tell them apart, and are answered in the order they were first written (pk).
CREATE TABLE travel_hotel_room_rates (
    pk INTEGER PRIMARY KEY,
    hotel_request_pk INTEGER NOT NULL REFERENCES travel_hotel_requests (pk),
    room_night INTEGER NULL,
    room_rate INTEGER NULL,
    UNIQUE (hotel_request_pk, room_night)
);

CREATE TABLE travel_flight_details (
    pk INTEGER PRIMARY KEY,
    air_actual_pk INTEGER NOT NULL REFERENCES travel_air_actuals (pk),
    airline TEXT NULL,
    flight_number TEXT NULL,
    origin TEXT NULL,
    origin_code TEXT NULL,
    destination TEXT NULL,
    destination_code TEXT NULL,
    departing INTEGER NULL,
    arriving INTEGER NULL,
    seat_number TEXT NULL,
    ticket_class TEXT NULL,
    flight_confirmation_number TEXT NULL,
    flight_gds_record_locator TEXT NULL,
    journey_segment TEXT NULL,
    UNIQUE (air_actual_pk, flight_number, departing)
);

CREATE TABLE event_fee_gl_codes (
    pk INTEGER PRIMARY KEY,
    fee_pk INTEGER NOT NULL REFERENCES event_fees (pk),
    glid TEXT NULL,
    gl_name TEXT NULL,
    gl_code TEXT NULL,
    gl_description TEXT NULL,
    gl_code_allocation_percent INTEGER NULL,
    UNIQUE (fee_pk, glid)
);
