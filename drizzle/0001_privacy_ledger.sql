CREATE TABLE "privacy_budgets" (
	"dataset_id" text PRIMARY KEY NOT NULL,
	"total_epsilon" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dataset_id" text NOT NULL,
	"seq" integer NOT NULL,
	"release_id" text NOT NULL,
	"epsilon" double precision NOT NULL,
	"mechanism" text NOT NULL,
	"purpose" text NOT NULL,
	"model_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "privacy_ledger" ADD CONSTRAINT "privacy_ledger_dataset_id_privacy_budgets_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."privacy_budgets"("dataset_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_ledger_dataset_seq_idx" ON "privacy_ledger" USING btree ("dataset_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_ledger_release_idx" ON "privacy_ledger" USING btree ("release_id");