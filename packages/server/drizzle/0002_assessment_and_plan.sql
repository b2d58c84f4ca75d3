CREATE TABLE "checklist_clearances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "checklist_clearances_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" text DEFAULT 'local' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"checklist_id" text NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "feedback_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" text DEFAULT 'local' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"session_date" text NOT NULL,
	"exercise_id" text NOT NULL,
	"rating" text NOT NULL,
	"pain" integer NOT NULL,
	"reps_done" integer
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "intakes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" text DEFAULT 'local' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progression_states" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "progression_states_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" text DEFAULT 'local' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"cause" text NOT NULL,
	"state" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_answers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"screening_id" uuid NOT NULL,
	"person_id" text DEFAULT 'local' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"question_id" text NOT NULL,
	"answer" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "screenings_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" text DEFAULT 'local' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"age_band" text NOT NULL,
	"level" text NOT NULL,
	"programme" text NOT NULL,
	"outcome" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_tests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "self_tests_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" text DEFAULT 'local' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"results" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "screening_answers" ADD CONSTRAINT "screening_answers_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_clearances_person_time" ON "checklist_clearances" USING btree ("person_id","recorded_at");--> statement-breakpoint
CREATE INDEX "feedback_events_person_time" ON "feedback_events" USING btree ("person_id","recorded_at");--> statement-breakpoint
CREATE INDEX "intakes_person_time" ON "intakes" USING btree ("person_id","recorded_at");--> statement-breakpoint
CREATE INDEX "progression_states_person_seq" ON "progression_states" USING btree ("person_id","seq");--> statement-breakpoint
CREATE INDEX "screening_answers_screening" ON "screening_answers" USING btree ("screening_id");--> statement-breakpoint
CREATE INDEX "screenings_person_time" ON "screenings" USING btree ("person_id","recorded_at");--> statement-breakpoint
CREATE INDEX "self_tests_person_time" ON "self_tests" USING btree ("person_id","recorded_at");