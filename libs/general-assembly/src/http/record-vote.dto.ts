import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { OccurredAtDto } from '@rtop/http';
import { VOTES, Vote } from '../case/resolution';

export class RecordAssemblyVoteDto extends OccurredAtDto {
  @ApiProperty({
    example: 'member-state:KEN',
    description:
      'The member state voting, as member-state:<ISO 3166-1 alpha-3>. One vote per member (422 one-vote-per-member). ' +
      'A member in Art. 19 arrears has no vote unless exempted (422 art-19-arrears); who is in arrears or exempted is deployment ' +
      'configuration (RTOP_GA_ARREARS, RTOP_GA_ARREARS_EXEMPTED), not a verified list, fixed for a draft when it is tabled.',
  })
  @IsString()
  memberState!: string;

  @ApiProperty({ enum: VOTES, description: 'An abstention is recorded but does not count as voting (default configuration).' })
  @IsIn(VOTES)
  vote!: Vote;
}
