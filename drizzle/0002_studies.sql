CREATE TABLE "studies" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"name" text NOT NULL,
	"model_hash" text NOT NULL,
	"case_set" text NOT NULL,
	"cases" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_reviews" (
	"study_id" text NOT NULL,
	"case_index" integer NOT NULL,
	"reviewer_id" text NOT NULL,
	"reviewer_name" text NOT NULL,
	"key_id" text NOT NULL,
	"differential" jsonb NOT NULL,
	"ratings" jsonb,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rated_at" timestamp with time zone,
	CONSTRAINT "study_reviews_study_id_case_index_reviewer_id_pk" PRIMARY KEY("study_id","case_index","reviewer_id")
);
--> statement-breakpoint
ALTER TABLE "study_reviews" ADD CONSTRAINT "study_reviews_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "studies_org_idx" ON "studies" USING btree ("org_id");