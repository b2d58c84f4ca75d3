CREATE TABLE "break_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "break_targets_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" text DEFAULT 'local' NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"standing_target_minutes" integer NOT NULL,
	"sedentary_budget_minutes" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "break_targets_person_at" ON "break_targets" USING btree ("person_id","effective_at");--> statement-breakpoint
-- Settings stored before this table existed: their targets are the earliest known, in effect
-- since the settings were last stored (the statistics use the earliest for days before it).
-- The defaults are core's STANDING_TARGET_MINUTES.start and SEDENTARY_BUDGET_MINUTES.default.
INSERT INTO "break_targets" ("id", "person_id", "effective_at", "standing_target_minutes", "sedentary_budget_minutes")
SELECT gen_random_uuid(), "person_id", "updated_at",
	COALESCE(("data"->>'standingTargetMinutes')::integer, 120),
	COALESCE(("data"->>'sedentaryBudgetMinutes')::integer, 480)
FROM "break_settings";
