// Type tokens of the identity domain's own resources (verified against @pulumi/aws v7).
export const IDENTITY_T = {
  graphQLApi: "aws:appsync/graphQLApi:GraphQLApi",
} as const;
