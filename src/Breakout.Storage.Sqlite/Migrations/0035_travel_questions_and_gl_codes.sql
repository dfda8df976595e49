-- Issue #17: the last rows Cvent nests in Travel's and Transaction's details that 0030 (SQLite) / 0034 (PostgreSQL) did
-- not keep: a hotel, car or air request's travel questions (TravelSurveyDetail) with their answers (Answer, s1:TravelAnswer),
-- and a transaction distribution's general-ledger codes (GLCodes). One column per attribute of the WSDL type
-- (snake_case of its name), keyed by the row they are nested in: a question by its request row, an answer by its
-- question row. Rows come in with the import, unique on that row and the fields that tell them apart (QuestionId,
-- AnswerText, GLID), and are answered in the order they were first written (pk).
CREATE TABLE travel_hotel_survey_details (
    pk INTEGER PRIMARY KEY,
    hotel_request_pk INTEGER NOT NULL REFERENCES travel_hotel_requests (pk),
    survey_type TEXT NULL,
    question_id TEXT NULL,
    question_code TEXT NULL,
    question_text TEXT NULL,
    UNIQUE (hotel_request_pk, question_id)
);

CREATE TABLE travel_hotel_survey_answers (
    pk INTEGER PRIMARY KEY,
    survey_detail_pk INTEGER NOT NULL REFERENCES travel_hotel_survey_details (pk),
    answer_part TEXT NULL,
    answer_column TEXT NULL,
    answer_text TEXT NULL,
    answer_other TEXT NULL,
    answer_comment TEXT NULL,
    UNIQUE (survey_detail_pk, answer_text)
);

CREATE TABLE travel_car_survey_details (
    pk INTEGER PRIMARY KEY,
    car_request_pk INTEGER NOT NULL REFERENCES travel_car_requests (pk),
    survey_type TEXT NULL,
    question_id TEXT NULL,
    question_code TEXT NULL,
    question_text TEXT NULL,
    UNIQUE (car_request_pk, question_id)
);

CREATE TABLE travel_car_survey_answers (
    pk INTEGER PRIMARY KEY,
    survey_detail_pk INTEGER NOT NULL REFERENCES travel_car_survey_details (pk),
    answer_part TEXT NULL,
    answer_column TEXT NULL,
    answer_text TEXT NULL,
    answer_other TEXT NULL,
    answer_comment TEXT NULL,
    UNIQUE (survey_detail_pk, answer_text)
);

CREATE TABLE travel_air_survey_details (
    pk INTEGER PRIMARY KEY,
    air_request_pk INTEGER NOT NULL REFERENCES travel_air_requests (pk),
    survey_type TEXT NULL,
    question_id TEXT NULL,
    question_code TEXT NULL,
    question_text TEXT NULL,
    UNIQUE (air_request_pk, question_id)
);

CREATE TABLE travel_air_survey_answers (
    pk INTEGER PRIMARY KEY,
    survey_detail_pk INTEGER NOT NULL REFERENCES travel_air_survey_details (pk),
    answer_part TEXT NULL,
    answer_column TEXT NULL,
    answer_text TEXT NULL,
    answer_other TEXT NULL,
    answer_comment TEXT NULL,
    UNIQUE (survey_detail_pk, answer_text)
);

CREATE TABLE transaction_distribution_gl_codes (
    pk INTEGER PRIMARY KEY,
    distribution_pk INTEGER NOT NULL REFERENCES transaction_distributions (pk),
    glid TEXT NULL,
    gl_name TEXT NULL,
    gl_code TEXT NULL,
    gl_description TEXT NULL,
    gl_code_allocation_percent INTEGER NULL,
    UNIQUE (distribution_pk, glid)
);
